import re

from mlsteps.engine.cases import case

SECTIONS = {
    "problem": ("problem",),
    "data": ("data",),
    "licence": ("licence", "license"),
    "method": ("method",),
    "result": ("result",),
    "how to run": ("how to run",),
}

EXAMPLE = """# Spam filter

## The problem
Too much spam reaches my inbox.

## Data and licence

## Results
F1 of 0.91 on held-out mail.

```bash
# How to run
python train.py
```
"""

COMPLETE = """# Bike rentals

## Problem
How many bikes will be rented tomorrow?

## Data and licence
Daily rentals from the city's open data portal, CC-BY-4.0.

## Method
A gradient-boosted model on the weather and the calendar, compared with last year's average.

## Result
The error falls from 310 to 120 bikes a day.

## How to run
    pip install -r requirements.txt
    jupyter lab rentals.ipynb
"""

FILLER = ["It matters because we waste time on it.", "See the notebook for details.", "- a list item",
          "| a | table |", "Numbers: 0.87 and 0.91.", "    an indented line of code"]
TITLES = {
    "problem": ["Problem", "The problem", "PROBLEM", "What problem does it solve?"],
    "data": ["Data", "The data"],
    "licence": ["Licence", "License", "Licensing"],
    "data+licence": ["Data and licence", "Data & license"],
    "method": ["Method", "Methods", "The method"],
    "result": ["Result", "Results", "What I found (results)"],
    "how to run": ["How to run", "How to run it", "HOW TO RUN"],
}


def _missing(readme, fences=True, empty_counts=False, spellings=True):
    found = set()
    heading, has_text, in_fence = None, False, False

    def close():
        if heading is not None and (has_text or empty_counts):
            for name, words in SECTIONS.items():
                words = words if spellings else words[:1]
                if any(word in heading for word in words):
                    found.add(name)

    for line in readme.splitlines():
        if fences and line.lstrip().startswith("```"):
            in_fence = not in_fence
            has_text = True
            continue
        match = None if in_fence else re.match(r"#{1,6} (.*)", line)
        if match:
            close()
            heading, has_text = match.group(1).lower(), False
        elif line.strip():
            has_text = True
    close()
    return [name for name in SECTIONS if name not in found]


def _random_readme(rng):
    names = ["problem", "data", "licence", "method", "result", "how to run"]
    if rng.random() < 0.5:
        names = ["problem", "data+licence", "method", "result", "how to run"]
    lines = [f"# {rng.choice(['Churn', 'Prices', 'Spam', 'Digits'])} project", ""]
    for name in names:
        if rng.random() < 0.25:
            continue  # this section is missing
        lines.append(f"{'#' * rng.randint(2, 3)} {rng.choice(TITLES[name])}")
        if rng.random() < 0.8:
            lines.extend(rng.choice(FILLER) for _ in range(rng.randint(1, 3)))
        lines.append("")
    if rng.random() < 0.5:
        lines += ["```python", "# How to run this cell", "print('hello')", "```"]
    return "\n".join(lines)


def cases(rng):
    yield case(EXAMPLE, label="the example")
    yield case(COMPLETE, label="a complete README")
    yield case(COMPLETE.replace("## Problem", "Problem"), label="a section name without a heading mark")
    yield case(COMPLETE.replace("Data and licence", "Data and license"), label="the American spelling, license")
    yield case(COMPLETE.replace("## Method\n", "```bash\n# Method\n```\n"), label="a # comment inside a code block")
    yield case(COMPLETE.replace("A gradient-boosted model on the weather and the calendar, compared with last year's "
                                "average.\n", ""), label="a Method heading with nothing under it")
    yield case("", label="an empty README")
    for _ in range(4):
        yield case(_random_readme(rng), label="a random README")


def diagnose(case, expected, got):
    if not isinstance(got, list):
        return "Return a list of the missing sections' names, in the order of SECTIONS."
    readme = case.args[0]
    for options, advice in (
        (
            {"fences": False},
            "A line starting with # inside a fenced code block (between ``` lines) is a comment in the code, not "
            "a heading of the README.",
        ),
        (
            {"empty_counts": True},
            "A heading with no text under it (before the next heading) is an empty section: the reader learns "
            "nothing from it, so it still counts as missing.",
        ),
        (
            {"spellings": False},
            "The licence section may be spelt licence (British) or license (American): both count.",
        ),
    ):
        variant = _missing(readme, **options)
        if variant != expected and got == variant:
            return advice
    return None
