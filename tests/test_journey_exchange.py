"""The whole journey goes into one JSON file and comes back in a new workspace without loss.

A bad file, or a workspace with a journey of its own, changes nothing.
"""

import copy
import datetime as dt
import hashlib
import json
import os
import re
import shutil

import pytest
import sqlalchemy as sa
from fsrs import Scheduler

from mlsteps.engine.catalog import Catalog
from mlsteps.journey import exchange
from mlsteps.journey.workspace import create
from mlsteps.notebooks.topics import topic_notebooks
from mlsteps.record import milestones as projects
from mlsteps.record import plan, resources, studylog, tidbits
from mlsteps.record.inputs import BadInput
from mlsteps.record.progress import progress
from mlsteps.record.schema import metadata
from mlsteps.record.store import migration_head

TODAY = dt.date(2025, 6, 30)
NOW = dt.datetime(2025, 6, 30, 12, 0)


def rows_of(store) -> dict[str, list[dict]]:
    """Every row of every exported table, as the database gives it back."""
    found = {}
    with store.engine.connect() as connection:
        for name in exchange.EXPORTED:
            table = metadata.tables[name]
            query = sa.select(table).order_by(*table.primary_key.columns)
            found[name] = [dict(row) for row in connection.execute(query).mappings()]
    return found


def fill(journey_store, catalog) -> None:
    """A journey with something in every table."""
    store = journey_store
    exercise = next(iter(catalog))
    store.record_event(exercise.id, "hint", "1")
    store.record_attempt(exercise.id, "failed", 1, 4, 12.5)
    store.record_event(exercise.id, "solution")
    store.record_attempt(exercise.id, "passed", 4, 4, 9.0)
    store.set_state("current_exercise", exercise.id)
    studylog.record(store, 45, "pandas groupby", dt.date(2025, 3, 2), TODAY, step=2)
    studylog.record(store, 90, "py4e chapter 3", dt.date(2024, 11, 5), TODAY, resource="py4e")
    own = resources.add(
        store, "My notes", "https://example.org/notes", 3, "article", free=False, hours=2.5, note="mine"
    )
    resources.start(store, "elements-of-ai", dt.date(2025, 1, 2), TODAY)
    resources.finish(store, own.key, dt.date(2025, 2, 3), TODAY)
    resources.rate(store, own.key, 4)
    plan.build(store, catalog, 6, dt.date(2024, 10, 1), months={5: 3}, picks=["py4e", own.key])
    plan.replan(store, catalog, dt.date(2025, 6, 1), hours_per_week=4)
    tidbits.seed_starters(store, NOW)
    mine = tidbits.add(store, "Trees for tables.", ["trees"], "https://example.org/t", cue="Tables?", step=3, now=NOW)
    tidbits.review(store, mine.id, "good", NOW, Scheduler(enable_fuzzing=False))
    tidbits.review(store, 2, "again", NOW, Scheduler(enable_fuzzing=False))
    tidbits.edit(store, 3, text="Edited starter.", now=NOW)
    tidbits.delete(store, 4)
    projects.record(
        store, projects.Project("titanic", 5, dt.date(2025, 1, 1), dt.date(2025, 2, 1), dt.date(2025, 3, 1))
    )


@pytest.fixture
def elsewhere(tmp_path, catalog):
    """A second, brand new workspace: another machine."""
    created, _ = create(tmp_path / "other-machine", catalog)
    yield created
    created.close()


def test_every_table_is_exported_or_left_out_on_purpose():
    assert set(exchange.EXPORTED) | set(exchange.LEFT_OUT) == set(metadata.tables)


def test_export_then_import_into_a_new_workspace_loses_nothing(workspace, elsewhere, catalog, tmp_path):
    fill(workspace.store, catalog)
    original = rows_of(workspace.store)
    assert all(original[name] for name in exchange.EXPORTED), [n for n in exchange.EXPORTED if not original[n]]
    path = tmp_path / "journey.json"
    counts = exchange.export_to(workspace.store, path, NOW)
    assert counts == {name: len(rows) for name, rows in original.items()}
    data = json.loads(path.read_text())
    assert (data["format"], data["version"], data["store_revision"]) == ("mlsteps-journey", 2, migration_head())

    tidbits.seed_starters(elsewhere.store)  # the new machine looked at its tidbits before importing: still fine
    assert exchange.import_from(elsewhere.store, path) == counts
    assert rows_of(elsewhere.store) == original
    again = exchange.journey_data(elsewhere.store, NOW)
    assert again == exchange.journey_data(workspace.store, NOW)
    assert progress(elsewhere.store, catalog, TODAY).to_dict() == progress(workspace.store, catalog, TODAY).to_dict()
    assert plan.latest(elsewhere.store, catalog) == plan.latest(workspace.store, catalog)
    assert tidbits.seed_starters(elsewhere.store) == 0  # the deleted starter does not come back
    assert tidbits.due(elsewhere.store, NOW + dt.timedelta(days=1)) == tidbits.due(
        workspace.store, NOW + dt.timedelta(days=1)
    )


def test_a_workspace_with_a_journey_of_its_own_refuses_an_import(workspace, elsewhere, catalog, tmp_path):
    fill(workspace.store, catalog)
    path = tmp_path / "journey.json"
    exchange.export_to(workspace.store, path)
    studylog.record(elsewhere.store, 30, "my own work", dt.date(2025, 6, 1), TODAY)
    before = rows_of(elsewhere.store)
    with pytest.raises(BadInput, match=r"already has a journey of its own \(1 study log\).*mlsteps init"):
        exchange.import_from(elsewhere.store, path)
    assert rows_of(elsewhere.store) == before


def spoil(data: dict, how: str) -> dict:
    spoiled = copy.deepcopy(data)
    tables = spoiled["tables"]
    if how == "newer":
        spoiled["version"] = 3
    elif how == "unknown version":
        spoiled["version"] = "one"
    elif how == "not ours":
        spoiled["format"] = "something-else"
    elif how == "missing table":
        del tables["tidbits"]
    elif how == "wrong type":
        tables["reviews"][0]["rating"] = "good"
    elif how == "bad date":
        tables["study_log"][0]["studied_on"] = "last tuesday"
    elif how == "missing column":
        del tables["attempts"][0]["verdict"]
    elif how == "empty required":
        tables["study_log"][0]["topic"] = None
    elif how == "repeated key":
        tables["study_log"].append(dict(tables["study_log"][0]))
    elif how == "dangling reference":
        tables["reviews"][0]["tidbit_id"] = 9999
    elif how == "contradiction":
        tables["projects"].append({**tables["projects"][0], "id": 99})  # the same project name twice
    elif how in FILES_SPOILED:
        text = "print('mine')\n"
        entry = {"path": "1-python/x/y.py", "kind": "exercise", "exercise": "python/x", "starter_sha": None}
        entry |= {"sha256": hashlib.sha256(text.encode()).hexdigest(), "text": text}
        entry |= FILES_SPOILED[how]
        spoiled["files"] = [entry]
    return spoiled


FILES_SPOILED = {
    "a file climbing out": {"path": "../outside.py"},
    "a file in the store's folder": {"path": ".mlsteps/journey.py"},
    "an absolute file": {"path": "/etc/evil.py"},
    "a notebook elsewhere": {"kind": "notebook"},
    "a file changed": {"text": "print('changed after export')\n"},
    "a file without content": {"text": None},
}


SPOILED = {
    "newer": "written by a newer mlsteps \\(journey format 3; this one reads up to 2\\)",
    "unknown version": "version this mlsteps does not know",
    "not ours": "not an mlsteps journey export",
    "missing table": "exactly these tables",
    "wrong type": "row 1 of reviews: rating is 'good'",
    "bad date": "row 1 of study_log: studied_on is 'last tuesday'",
    "missing column": "row 1 of attempts does not have the columns",
    "empty required": "row 1 of study_log: topic is empty",
    "repeated key": "repeats the key",
    "dangling reference": "points to a tidbits row that is not there",
    "contradiction": "contradict each other",
    "a file climbing out": "'../outside.py' is not a path inside a workspace",
    "a file in the store's folder": "'.mlsteps/journey.py' is not a path inside a workspace",
    "an absolute file": "'/etc/evil.py' is not a path inside a workspace",
    "a notebook elsewhere": "is not where a file of kind 'notebook' goes",
    "a file changed": "does not match its SHA-256",
    "a file without content": "has no content",
}


@pytest.mark.parametrize("how", list(SPOILED))
def test_a_bad_file_is_refused_with_its_reason_and_changes_nothing(workspace, elsewhere, catalog, tmp_path, how):
    fill(workspace.store, catalog)
    data = exchange.journey_data(workspace.store)
    path = tmp_path / "spoiled.json"
    path.write_text(json.dumps(spoil(data, how)))
    tidbits.seed_starters(elsewhere.store)
    before = rows_of(elsewhere.store)
    files = work_of(elsewhere.root)
    with pytest.raises(BadInput, match=SPOILED[how]) as raised:
        exchange.import_from(elsewhere.store, path, elsewhere, catalog)
    assert "Nothing was changed" in str(raised.value)
    assert rows_of(elsewhere.store) == before
    assert work_of(elsewhere.root) == files and not (tmp_path / "outside.py").exists()


def test_a_cut_short_or_missing_file_is_refused(elsewhere, tmp_path):
    path = tmp_path / "cut.json"
    path.write_text('{"format": "mlsteps-journey", "version": 1, "tables": {"attempts": [')
    with pytest.raises(BadInput, match=r"not valid JSON \(line 1, column .*cut short"):
        exchange.import_from(elsewhere.store, path)
    with pytest.raises(BadInput, match="There is no file"):
        exchange.import_from(elsewhere.store, tmp_path / "nothing.json")
    assert exchange.recorded(elsewhere.store) == {}


def test_export_wants_a_json_file_in_a_folder_that_exists(workspace, tmp_path):
    with pytest.raises(BadInput, match="\\.json"):
        exchange.export_to(workspace.store, tmp_path / "journey.txt")
    with pytest.raises(BadInput, match="does not exist"):
        exchange.export_to(workspace.store, tmp_path / "no" / "journey.json")
    assert list(tmp_path.iterdir()) == [workspace.root]


# ------------------------------------------------------------------------------------------- the learner's work

EXERCISE = "python/list-comprehensions"
TOPIC = "notebooks/1-python/comprehensions.ipynb"


def work_of(root) -> dict[str, bytes]:
    """Every file of a workspace but its store, byte for byte."""
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in root.rglob("*")
        if path.is_file() and ".mlsteps" not in path.relative_to(root).parts
    }


def do_some_work(workspace, catalog) -> dict[str, bytes]:
    """A learner's work of every kind; returns what the export must carry, by path."""
    root = workspace.root
    exercise = root / catalog.get(EXERCISE).workspace_path
    exercise.write_bytes(
        "def even_squares(numbers):\r\n    return [n * n for n in numbers if n % 2 == 0]  # é\r\n".encode()
    )
    notebook = json.loads((root / TOPIC).read_text())
    code = next(c for c in notebook["cells"] if c["metadata"]["mlsteps"] == {"exercise": EXERCISE, "role": "code"})
    code["source"] = ["def even_squares(numbers):\n", "    return 'from the notebook'\n"]
    code["outputs"] = [{"output_type": "stream", "name": "stdout", "text": ["ran\n"]}]
    (root / TOPIC).write_text(json.dumps(notebook, indent=1) + "\n")
    (root / "notebooks" / "scratch").mkdir()
    (root / "notebooks" / "scratch" / "my-own.ipynb").write_bytes(b'{"cells": [], "nbformat": 4}')
    project = root / "projects" / "titanic"
    (project / ".git" / "objects" / "ab").mkdir(parents=True)
    (project / "README.md").write_text("# Titanic\n\nWho survived, and why.\n")
    (project / "data.bin").write_bytes(bytes(range(256)) * 3)  # not text at all
    (project / "run.sh").write_text("#!/bin/sh\npython train.py\n")
    (project / "run.sh").chmod(0o755)
    (project / ".git" / "HEAD").write_text("ref: refs/heads/main\n")
    (project / ".git" / "objects" / "ab" / "cdef0123").write_bytes(b"x\x9c\xcbH\xcd\xc9\xc9\x07\x00\x06,\x02\x15")
    (project / "__pycache__").mkdir()
    (project / "__pycache__" / "train.cpython-311.pyc").write_bytes(b"\x00" * 10)  # regenerated: left out
    carried = {path: data for path, data in work_of(root).items() if "__pycache__" not in path}
    starters = {e.workspace_path for e in catalog if e.workspace_path != catalog.get(EXERCISE).workspace_path}
    generated = {entry.path for entry in topic_notebooks(catalog)} - {TOPIC}
    return {
        path: data
        for path, data in carried.items()
        if path not in starters | generated | {"mlsteps.toml"} and ".new-starter." not in path
    }


def test_export_carries_the_learners_work_and_import_restores_it_byte_for_byte(workspace, elsewhere, catalog, tmp_path):
    fill(workspace.store, catalog)
    work = do_some_work(workspace, catalog)
    assert len(work) == 8  # the exercise, the two notebooks, five project files
    path = tmp_path / "journey.json"
    counts = exchange.export_to(workspace.store, path, NOW, workspace, catalog)
    assert counts["files"] == len(work)
    [exported] = [f for f in json.loads(path.read_text())["files"] if f["kind"] == "exercise"]
    written_against = workspace.store.starter_sha(catalog.get(EXERCISE).workspace_path)
    assert (exported["exercise"], exported["starter_sha"]) == (EXERCISE, written_against)

    before = work_of(elsewhere.root)
    imported = exchange.import_from(elsewhere.store, path, elsewhere, catalog)
    assert imported == counts
    restored = work_of(elsewhere.root)
    assert {p: restored[p] for p in work} == work  # byte for byte
    assert {p: d for p, d in restored.items() if p not in work} == {p: d for p, d in before.items() if p not in work}
    assert not (elsewhere.root / "projects/titanic/__pycache__").exists()
    assert os.access(elsewhere.root / "projects/titanic/run.sh", os.X_OK)
    assert elsewhere.store.starter_sha(catalog.get(EXERCISE).workspace_path) == written_against
    assert rows_of(elsewhere.store) == rows_of(workspace.store)
    report = elsewhere.sync(catalog)  # the same release on both machines: nothing offered beside the work
    assert report.beside == [] and work_of(elsewhere.root) == restored


@pytest.fixture
def newer_catalog(tmp_path, catalog):
    """The content as a later release ships it: the exercise's starter changed."""
    content = tmp_path / "newer-content"
    shutil.copytree(catalog.content, content)
    starter = Catalog(content).get(EXERCISE).folder / "starter.py"
    starter.write_text(starter.read_text() + "\n# A clearer comment in the new release.\n")
    return Catalog(content)


def test_work_written_against_an_older_starter_gets_the_new_one_beside_it_after_import(
    workspace, catalog, newer_catalog, tmp_path
):
    mine = workspace.root / catalog.get(EXERCISE).workspace_path
    mine.write_text("def even_squares(numbers):\n    return 'mine'\n")
    path = tmp_path / "journey.json"
    exchange.export_to(workspace.store, path, NOW, workspace, catalog)
    newer, _ = create(tmp_path / "newer-machine", newer_catalog)
    exchange.import_from(newer.store, path, newer, newer_catalog)
    report = newer.sync(newer_catalog)
    theirs = newer.root / catalog.get(EXERCISE).workspace_path
    assert theirs.read_text() == "def even_squares(numbers):\n    return 'mine'\n"
    assert report.beside == [theirs.with_name(theirs.stem + ".new-starter.py").relative_to(newer.root).as_posix()]
    newer.close()


def test_an_import_never_replaces_work_of_the_workspace_and_changes_nothing(workspace, elsewhere, catalog, tmp_path):
    do_some_work(workspace, catalog)
    path = tmp_path / "journey.json"
    exchange.export_to(workspace.store, path, NOW, workspace, catalog)
    theirs = elsewhere.root / catalog.get(EXERCISE).workspace_path
    theirs.write_text("# already started here\n")
    before, rows = work_of(elsewhere.root), rows_of(elsewhere.store)
    expected = f"already has work of its own where the export's files go ({catalog.get(EXERCISE).workspace_path})"
    with pytest.raises(BadInput, match=re.escape(expected)):
        exchange.import_from(elsewhere.store, path, elsewhere, catalog)
    assert work_of(elsewhere.root) == before and rows_of(elsewhere.store) == rows


def test_a_file_of_the_first_format_still_imports(workspace, elsewhere, catalog, tmp_path):
    fill(workspace.store, catalog)
    data = exchange.journey_data(workspace.store, NOW)
    del data["files"]
    path = tmp_path / "journey-format-1.json"
    path.write_text(json.dumps({**data, "version": 1}))
    before = work_of(elsewhere.root)
    counts = exchange.import_from(elsewhere.store, path, elsewhere, catalog)
    assert counts["files"] == 0 and rows_of(elsewhere.store) == rows_of(workspace.store)
    assert work_of(elsewhere.root) == before
