"""The teaching lint: a hint, a says phrase or a check's message that holds a line of the solution is reported, so
are too few mistakes and a declared rule no failing mistake proves; each rule also stays quiet when it should."""

import shutil
import textwrap
from pathlib import Path

import pytest

from mlsteps.engine import lint
from mlsteps.engine.exercise import load_exercise, load_steps
from mlsteps.engine.proof import format_problems
from tests.conftest import run_cli

STEP = load_steps()[0]
SOLUTION = '''\
import math


def mean_of(numbers):
    """The mean of the numbers, or None for no numbers."""
    if not numbers:
        return None  # nothing to average
    total = math.fsum(numbers)
    return total / len(numbers)
'''
STARTER = '''\
import math


def mean_of(numbers):
    """The mean of the numbers, or None for no numbers."""
    return 0
'''
CHECK = """\
from mlsteps.engine.cases import case


def cases(rng):
    yield case([1, 2, 3], label="total = math.fsum(numbers)")
    yield case([], label="no numbers")
    yield case([2.5], label="one number")


def diagnose(case, expected, got):
    if got == 0 and case.args[0]:
        return "You returned 0: the mean is the total shared over how many numbers there are."
    return None
"""
HINTS = ["Two things make a mean: a total, and a count.", "`math.fsum` adds floats carefully; divide by `len(…)`."]
MISTAKES = [
    ("mistakes/sum-only.py", "failed", "shared over"),
    ("mistakes/no-guard.py", "error", "ZeroDivision"),
    ("mistakes/slow.py", "timeout", "still running"),
]


def toml_text(hints=HINTS, mistakes=MISTAKES, extra=""):
    lines = ["format = 1", 'id = "demo/mean-of"', 'title = "Mean"', 'entry = "mean_of"', "minutes = 5"]
    lines.append(
        "hints = [" + ", ".join(repr(hint).replace("'", '"') if '"' not in hint else repr(hint) for hint in hints) + "]"
    )
    for file, verdict, says in mistakes:
        lines += ["", "[[mistakes]]", f'file = "{file}"', f'verdict = "{verdict}"', f'says = "{says}"']
    return "\n".join(lines) + "\n" + extra


def make_exercise(root: Path, *, toml=None, prompt=None, solution=SOLUTION, starter=STARTER, check=CHECK) -> Path:
    """A small exercise folder, complete and clean, with any file replaced."""
    folder = root / "basics" / "mean-of"
    (folder / "mistakes").mkdir(parents=True, exist_ok=True)
    (folder / "exercise.toml").write_text(toml if toml is not None else toml_text())
    (folder / "prompt.md").write_text(
        prompt or "# Mean\n\nThe mean of a list.\n\n```python\n>>> mean_of([1, 3])\n2.0\n```\n"
    )
    (folder / "starter.py").write_text(starter)
    (folder / "solution.py").write_text(solution)
    (folder / "check.py").write_text(check)
    (folder / "mistakes" / "sum-only.py").write_text("def mean_of(numbers):\n    return sum(numbers)\n")
    (folder / "mistakes" / "no-guard.py").write_text("def mean_of(numbers):\n    return sum(numbers) / len(numbers)\n")
    (folder / "mistakes" / "slow.py").write_text("def mean_of(numbers):\n    while True:\n        pass\n")
    return folder


def problems(folder: Path) -> list[str]:
    return lint.lint_problems(load_exercise(folder, STEP, "basics"))


def test_a_clean_exercise_has_no_problem_and_the_proof_reports_none(tmp_path):
    folder = make_exercise(tmp_path)
    assert problems(folder) == []
    assert format_problems(load_exercise(folder, STEP, "basics")) == []


# ------------------------------------------------------------------------------------------------ the answer given away


@pytest.mark.parametrize(
    "hint",
    [
        "Start with `total = math.fsum(numbers)`.",  # the line, in backticks
        "Then: return total/len(numbers)",  # spaces differ
        "Add them: total=math.fsum( numbers ), then divide.",
    ],
)
def test_a_hint_that_holds_a_solution_line_is_reported(tmp_path, hint):
    folder = make_exercise(tmp_path, toml=toml_text(hints=[HINTS[0], hint]))
    found = problems(folder)
    assert len(found) == 1 and found[0].startswith("hint 2 contains the solution's line")
    assert "a nudge, then the idea in words, then the shape of the code" in found[0]
    assert any(problem.startswith("hint 2 contains") for problem in format_problems(load_exercise(folder, STEP, "x")))


@pytest.mark.parametrize(
    "hint",
    [
        "When the list is empty, `return None`.",  # a line, but shorter than MIN_LINE: vocabulary
        "Your function starts as `def mean_of(numbers):` and uses `import math`.",  # lines the starter gives
        "The mean of the numbers, or None for no numbers.",  # the docstring, which the starter shows anyway
        "Keep `return None  # nothing to average` in mind.",  # the comment is not part of the line
        "Use `math.fsum(…)` for the total, then `total / …`.",  # the shape, with the learner's part left out
    ],
)
def test_a_hint_with_vocabulary_the_starter_or_the_shape_of_the_code_is_fine(tmp_path, hint):
    assert problems(make_exercise(tmp_path, toml=toml_text(hints=[HINTS[0], hint]))) == []


def test_the_threshold_is_documented_and_separates_words_from_answers():
    assert lint.MIN_LINE == 12
    found = lint.solution_lines("x = 1\nreturn None\nmodel.eval()\nif score >= 90:\n", "")
    assert list(found.values()) == ["model.eval()", "if score >= 90:"]


def test_a_says_phrase_that_holds_a_solution_line_is_reported(tmp_path):
    mistakes = [MISTAKES[0], ("mistakes/no-guard.py", "error", "return total / len(numbers)"), MISTAKES[2]]
    found = problems(make_exercise(tmp_path, toml=toml_text(mistakes=mistakes)))
    assert found == ["mistake no-guard.py: its says phrase contains the solution's line `return total / len(numbers)`"]


@pytest.mark.parametrize(
    "check",
    [
        CHECK.replace(
            "the mean is the total shared", "write `total = math.fsum(numbers)`; the mean is the total shared"
        ),
        CHECK.replace('return "You returned 0', 'return f"{got}: total = math.fsum(numbers) ... You returned 0'),
        CHECK + '\n\ndef verify(case, got, observed):\n    return "Divide: return total / len(numbers)"\n',
        CHECK.replace("return None\n", "return _advice()\n", 1)
        + '\n\ndef _advice():\n    return "Try total = math.fsum(numbers)."\n',
        CHECK.replace("return None\n", "return ADVICE\n", 1) + '\n\nADVICE = "total = math.fsum(numbers)"\n',
    ],
    ids=["diagnose", "f-string", "verify", "a helper diagnose calls", "a constant diagnose reads"],
)
def test_feedback_in_check_py_that_holds_a_solution_line_is_reported(tmp_path, check):
    found = problems(make_exercise(tmp_path, check=check))
    assert len(found) == 1 and found[0].startswith("check.py's feedback")
    assert "contains the solution's line" in found[0] and "the concept to look up" in found[0]


def test_strings_check_py_uses_only_to_build_cases_are_not_feedback(tmp_path):
    # CHECK's first case label holds a solution line: cases() builds inputs, the learner never reads it as advice.
    assert "total = math.fsum(numbers)" in CHECK
    assert problems(make_exercise(tmp_path)) == []


def test_a_solution_or_check_that_does_not_parse_is_left_to_the_other_checks(tmp_path):
    folder = make_exercise(tmp_path, check="def diagnose(:\n", solution=SOLUTION + "\n    ((\n")
    assert problems(folder) == []


# ------------------------------------------------------------------------------------------------ mistakes and rules


def test_fewer_than_two_mistakes_is_reported(tmp_path):
    found = problems(make_exercise(tmp_path, toml=toml_text(mistakes=MISTAKES[:1])))  # one mistake only
    assert found == [
        "records 1 mistake(s); record at least 2 wrong answers a learner really writes, ideally one per rule the "
        "prompt states, under mistakes/ and as [[mistakes]] in exercise.toml"
    ]


RULE = '\n[[rules]]\nrule = "{rule}"\nmistake = "{mistake}"\n'


@pytest.mark.parametrize("mistake", ["mistakes/sum-only.py", "mistakes/no-guard.py"], ids=["failed", "error"])
def test_a_rule_proved_by_a_mistake_that_fails_or_raises_is_fine(tmp_path, mistake):
    extra = RULE.format(rule="An empty list gives None.", mistake=mistake)
    assert problems(make_exercise(tmp_path, toml=toml_text(extra=extra))) == []


@pytest.mark.parametrize(
    ("extra", "says"),
    [
        (
            RULE.format(rule="An empty list gives None.", mistake="mistakes/missing.py"),
            "which is not a recorded mistake",
        ),
        (RULE.format(rule="An empty list gives None.", mistake="mistakes/slow.py"), "whose verdict is 'timeout'"),
        ('\n[[rules]]\nrule = "An empty list gives None."\n', "names no mistake"),
        ('\n[[rules]]\nmistake = "mistakes/sum-only.py"\n', "entry 1 has no rule"),
        ('rules = "ties go left"\n', "rules must be a list of tables"),
    ],
)
def test_a_rule_without_a_failing_recorded_mistake_is_reported(tmp_path, extra, says):
    top_level = extra.startswith("rules =")  # a top-level key must come before the tables
    toml = toml_text().replace("hints =", extra + "hints =") if top_level else toml_text(extra=extra)
    found = problems(make_exercise(tmp_path, toml=toml))
    assert len(found) == 1 and says in found[0], found


def test_a_prompt_that_states_rules_must_declare_them(tmp_path):
    prompt = "# Mean\n\nRound the mean to 2 decimals; ties go to the even digit.\n\n```python\n>>> 1\n```\n"
    found = problems(make_exercise(tmp_path, prompt=prompt))
    assert len(found) == 1 and "states rules about ties, rounding but exercise.toml declares no [[rules]]" in found[0]
    extra = RULE.format(rule="Round to 2 decimals.", mistake="mistakes/sum-only.py")
    assert problems(make_exercise(tmp_path, prompt=prompt, toml=toml_text(extra=extra))) == []


# ------------------------------------------------------------------------------------------------ through the CLI


def test_course_lint_fails_a_mentors_exercise_whose_hint_gives_the_answer(tmp_path):
    course = shutil.copytree(Path(__file__).parent / "fixtures" / "course", tmp_path / "course")
    toml = course / "basics" / "word-lengths" / "exercise.toml"
    giveaway = textwrap.dedent('"return {word: len(word) for word in text.split()}",\n]')
    toml.write_text(toml.read_text().replace("\n]", "\n    " + giveaway, 1))
    result = run_cli("course", "lint", str(course), cwd=tmp_path, timeout=120)
    assert result.returncode == 1, result.stdout
    assert "✓ ds101/safe-ratio" in result.stdout and "✗ ds101/word-lengths" in result.stdout
    assert "hint 3 contains the solution's line" in result.stdout
