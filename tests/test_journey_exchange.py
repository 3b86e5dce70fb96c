"""The whole journey goes into one JSON file and comes back in a new workspace without loss.

A bad file, or a workspace with a journey of its own, changes nothing.
"""

import copy
import datetime as dt
import json

import pytest
import sqlalchemy as sa
from fsrs import Scheduler

from mlsteps.journey import exchange
from mlsteps.journey.workspace import create
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
    assert (data["format"], data["version"], data["store_revision"]) == ("mlsteps-journey", 1, migration_head())

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
        spoiled["version"] = 2
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
    return spoiled


SPOILED = {
    "newer": "written by a newer mlsteps \\(journey format 2; this one reads up to 1\\)",
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
}


@pytest.mark.parametrize("how", list(SPOILED))
def test_a_bad_file_is_refused_with_its_reason_and_changes_nothing(workspace, elsewhere, catalog, tmp_path, how):
    fill(workspace.store, catalog)
    data = exchange.journey_data(workspace.store)
    path = tmp_path / "spoiled.json"
    path.write_text(json.dumps(spoil(data, how)))
    tidbits.seed_starters(elsewhere.store)
    before = rows_of(elsewhere.store)
    with pytest.raises(BadInput, match=SPOILED[how]) as raised:
        exchange.import_from(elsewhere.store, path)
    assert "Nothing was changed" in str(raised.value)
    assert rows_of(elsewhere.store) == before


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
