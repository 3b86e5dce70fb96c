from mlsteps.engine.cases import case


def _notebook(*cells):
    built = []
    for cell in cells:
        if isinstance(cell, str):
            built.append({"cell_type": "markdown", "source": cell, "metadata": {}})
        else:
            source, count = cell
            built.append({"cell_type": "code", "source": source, "execution_count": count, "outputs": []})
    return {"cells": built, "nbformat": 4, "nbformat_minor": 5, "metadata": {}}


def _problems(notebook, markdown_counts=False, empty_counts=False, unrun_ok=False, only_drops=False):
    problems, expected, previous = [], 0, 0
    for position, cell in enumerate(notebook["cells"]):
        if cell["cell_type"] != "code":
            if markdown_counts:
                expected += 1
            continue
        source = cell["source"] if isinstance(cell["source"], str) else "".join(cell["source"])
        if not source.strip() and not empty_counts:
            continue
        expected += 1
        count = cell.get("execution_count")
        if only_drops:
            if count is None or count < previous:
                problems.append(position)
            previous = count if count is not None else previous
        elif count != expected and not (unrun_ok and count is None):
            problems.append(position)
    return problems


EXAMPLE = _notebook(
    "# Prices",
    ("import pandas as pd", 1),
    ("prices = pd.read_csv('prices.csv')", 3),
    "Look at the data first.",
    ("prices.head()", 2),
    ("prices.describe()", None),
    ("", None),
)


def _random(rng):
    cells, count = [], 0
    for _ in range(rng.randint(4, 12)):
        kind = rng.random()
        if kind < 0.25:
            cells.append(rng.choice(["## A heading", "Some words about the data.", ""]))
        elif kind < 0.35:
            cells.append((rng.choice(["", "\n", "   "]), None))
        else:
            count += 1
            shown = count
            if rng.random() < 0.2:
                shown = None
            elif rng.random() < 0.2:
                shown = count + rng.randint(1, 3)
            cells.append((["x = 1\n", "print(x)"] if rng.random() < 0.5 else "y = 2", shown))
    return _notebook(*cells)


def cases(rng):
    yield case(EXAMPLE, label="the example")
    yield case(_notebook("# Title", ("a = 1", 1), "text", ("b = a + 1", 2), ("print(b)", 3)),
               label="a clean run from a fresh kernel")
    yield case(_notebook(("a = 1", 1), ("", None), ("b = 2", 2), ("   ", None), ("c = 3", 3)),
               label="empty code cells in between")
    yield case(_notebook(("a = 1", 1), ("b = 2", None), ("c = 3", 2)), label="a cell that was never run")
    yield case(_notebook(("a = 1", 4), ("b = 2", 5), ("c = 3", 6)), label="a kernel that ran other cells first")
    yield case(_notebook(("a = 1", 1), ("b = 2", 2), ("c = a + b", 7)), label="a jump in the counts")
    for _ in range(4):
        yield case(_random(rng), label="a random notebook")


def diagnose(case, expected, got):
    if not isinstance(got, list):
        return "Return a list of positions in notebook['cells'], smallest first."
    notebook = case.args[0]
    for options, advice in (
        (
            {"markdown_counts": True},
            "Markdown cells never run, so they take no number: the k-th code cell of a fresh run shows k, "
            "whatever text cells sit between.",
        ),
        (
            {"empty_counts": True},
            "Empty code cells are left out: a run does not number them, so they do not move the count.",
        ),
        (
            {"unrun_ok": True},
            "A code cell that was never run (its execution_count is None) is a problem too: run the notebook from "
            "a fresh kernel, top to bottom.",
        ),
        (
            {"only_drops": True},
            "Not only the cells whose count goes down: every code cell whose count is not the one a fresh run "
            "gives (a jump from 2 to 7 means cells were run in between, and that hidden state may not come back).",
        ),
    ):
        variant = _problems(notebook, **options)
        if variant != expected and got == variant:
            return advice
    return None
