"""`mlsteps check NOTEBOOK.ipynb`: a real kernel runs the notebook, and every exercise in it gets a verdict."""

import json

import nbformat
import pytest
from conftest import CATALOG, run_cli

from mlsteps.notebooks.headless import run_notebook
from mlsteps.notebooks.topics import topic_notebooks
from mlsteps.record.store import Store

STEP_1 = [entry for entry in topic_notebooks(CATALOG) if entry.step.number == 1]
TOPIC = "notebooks/1-python/comprehensions.ipynb"


def with_solutions(path, catalog):
    """The workspace's notebook with every code cell holding the reference solution, as a learner would finish it."""
    notebook = nbformat.read(path, as_version=4)
    for cell in notebook.cells:
        mark = cell.metadata.get("mlsteps", {})
        if mark.get("role") == "code":
            cell.source = catalog.get(mark["exercise"]).solution
    return notebook


def check_json(path, root, *options):
    result = run_cli("check", str(path), "--json", *options, cwd=root, timeout=180)
    assert result.returncode in (0, 1), result.stderr
    return result.returncode, {item["id"]: item for item in json.loads(result.stdout)}


@pytest.mark.parametrize("entry", STEP_1, ids=[entry.topic.id for entry in STEP_1])
def test_a_topic_notebook_filled_with_the_solutions_passes_every_exercise(workspace, catalog, entry):
    path = workspace.root / entry.path
    nbformat.write(with_solutions(path, catalog), path)
    status, verdicts = check_json(path, workspace.root)
    assert list(verdicts) == [exercise.id for exercise in entry.exercises]
    assert all(item["passed"] and item["verdict"] == "passed" and not item["notes"] for item in verdicts.values())
    assert status == 0
    store = Store.at(workspace.root / ".mlsteps" / "journey.db")
    try:
        assert {exercise.id for exercise in entry.exercises} <= store.solved()
    finally:
        store.close()


def test_every_step_1_exercise_fails_with_its_starter(workspace):
    """The topic notebooks as init writes them, one after another in a single notebook (one kernel, not ten)."""
    notebook = nbformat.v4.new_notebook(metadata={"kernelspec": {"name": "python3", "display_name": "Python 3"}})
    for entry in STEP_1:
        for cell in nbformat.read(workspace.root / entry.path, as_version=4).cells:
            cell.id = f"{entry.topic.id}-{cell.id}"[:64]
            notebook.cells.append(cell)
    path = workspace.root / "notebooks" / "all-of-step-1.ipynb"
    nbformat.write(notebook, path)
    status, verdicts = check_json(path, workspace.root)
    assert list(verdicts) == [exercise.id for entry in STEP_1 for exercise in entry.exercises]
    assert all(not item["passed"] and item["verdict"] != "passed" for item in verdicts.values())
    assert status == 1


@pytest.mark.parametrize(
    ("cell", "says"),
    [
        ("while True:\n    pass", "was still running after 3 s"),
        ("import os\nos._exit(1)", "the kernel died while running cell"),
        ("total = 1 / 0", "raised ZeroDivisionError"),
    ],
    ids=["hangs", "kills-its-kernel", "raises"],
)
def test_a_cell_that_hangs_kills_its_kernel_or_raises_does_not_cost_any_exercise_its_verdict(
    workspace, catalog, cell, says
):
    path = workspace.root / TOPIC
    notebook = with_solutions(path, catalog)
    first_check = next(i for i, c in enumerate(notebook.cells) if c.metadata.get("mlsteps", {}).get("role") == "check")
    notebook.cells.insert(first_check + 1, nbformat.v4.new_code_cell(cell))
    nbformat.write(notebook, path)
    status, verdicts = check_json(path, workspace.root, "--timeout", "3")
    exercises = [exercise.id for exercise in catalog if exercise.topic == "comprehensions"]
    assert list(verdicts) == exercises
    assert all(item["passed"] for item in verdicts.values()) and status == 0
    assert any(says in note for note in verdicts[exercises[1]]["notes"])
    assert not verdicts[exercises[0]]["notes"]


def test_the_text_report_shows_each_verdict_with_the_learners_cell(workspace, catalog):
    path = workspace.root / TOPIC
    notebook = with_solutions(path, catalog)
    code = next(c for c in notebook.cells if c.metadata.get("mlsteps", {}).get("role") == "code")
    code.source = "def even_squares(numbers):\n    total = 0\n    return [n / total for n in numbers]"
    nbformat.write(notebook, path)
    result = run_cli("check", TOPIC, cwd=workspace.root, timeout=180)
    assert result.returncode == 1
    shown = " ".join(result.stdout.split())
    assert "✗ error" in shown and "ZeroDivisionError" in shown
    assert f"line 3 of cell {notebook.cells.index(code) + 1}, in even_squares" in shown
    assert "2 of 3 exercises" in shown


def test_a_notebook_written_by_hand_is_checked_and_hints_are_not_given_during_the_run(workspace, catalog):
    exercise = catalog.get("python/list-comprehensions")
    notebook = nbformat.v4.new_notebook(
        cells=[
            nbformat.v4.new_code_cell("from mlsteps import check, hint, solution"),
            nbformat.v4.new_code_cell(exercise.solution),
            nbformat.v4.new_code_cell(f'hint("{exercise.id}")\nsolution("{exercise.id}")'),
            nbformat.v4.new_code_cell(f"%check {exercise.id}"),
        ]
    )
    path = workspace.root / "mine.ipynb"
    nbformat.write(notebook, path)
    status, verdicts = check_json(path, workspace.root)
    assert status == 0 and verdicts[exercise.id]["passed"]
    store = Store.at(workspace.root / ".mlsteps" / "journey.db")
    try:
        assert store.count_events(exercise.id, "hint") == 0 and store.count_events(exercise.id, "solution") == 0
        assert len(store.attempts(exercise.id)) == 1  # recorded once, by the judge, not by the kernel
    finally:
        store.close()


def test_the_whole_run_is_bounded_even_when_every_cell_is_slow(workspace, tmp_path):
    notebook = nbformat.v4.new_notebook(
        cells=[nbformat.v4.new_code_cell("import time\ntime.sleep(2)") for _ in range(5)]
    )
    run = run_notebook(notebook, tmp_path, cell_seconds=60, run_seconds=3)
    assert run.stopped_at is not None and run.stopped_at < 4
    assert run.problems[-1].kind in ("timeout", "out of time")


@pytest.mark.parametrize(
    ("content", "says"),
    [
        (None, "There is no notebook at"),
        ("{ this is not json", "cannot be read as a Jupyter notebook"),
        (nbformat.writes(nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("1 + 1")])), "holds no mlsteps"),
    ],
    ids=["missing", "not-a-notebook", "no-exercises"],
)
def test_a_file_that_cannot_be_checked_gets_a_clear_message(workspace, content, says):
    path = workspace.root / "other.ipynb"
    if content is not None:
        path.write_text(content)
    result = run_cli("check", "other.ipynb", cwd=workspace.root)
    assert result.returncode == 2
    assert says in result.stderr and "Traceback" not in result.stderr


def test_only_the_exercises_the_learner_changed_are_recorded_as_attempts(workspace, catalog):
    path = workspace.root / TOPIC
    notebook = nbformat.read(path, as_version=4)
    code_cells = [cell for cell in notebook.cells if cell.metadata.get("mlsteps", {}).get("role") == "code"]
    changed = code_cells[0].metadata["mlsteps"]["exercise"]
    code_cells[0].source = catalog.get(changed).solution
    nbformat.write(notebook, path)
    _, verdicts = check_json(path, workspace.root)
    untouched = [cell.metadata["mlsteps"]["exercise"] for cell in code_cells[1:]]
    assert verdicts[changed]["passed"] and untouched
    assert all("not recorded" in " ".join(verdicts[exercise_id]["notes"]) for exercise_id in untouched)
    store = Store.at(workspace.root / ".mlsteps" / "journey.db")
    try:
        assert {attempt.exercise_id for attempt in store.attempts()} == {changed}
    finally:
        store.close()
