"""The workspace: found like git finds a repository, and never overwriting a learner's work."""

import shutil

import pytest

from mlsteps.engine.catalog import Catalog
from mlsteps.journey.workspace import NEW_STARTER_SUFFIX, NoWorkspace, Workspace, create

EXERCISE = "python/list-comprehensions"


def test_init_writes_a_starter_per_exercise_by_step_and_topic(workspace, catalog):
    for exercise in catalog:
        path = workspace.root / exercise.workspace_path
        assert path.read_text() == exercise.starter
        assert path.relative_to(workspace.root).parts[0] == catalog.step(exercise.step).folder
    assert (workspace.root / "mlsteps.toml").is_file()
    assert (workspace.root / "notebooks").is_dir() and (workspace.root / "projects").is_dir()


def test_found_from_any_folder_below_and_not_outside(workspace, tmp_path, monkeypatch):
    monkeypatch.setenv("MLSTEPS_WORKSPACE", str(tmp_path / "nowhere"))
    deep = workspace.root / "1-python" / "strings"
    assert Workspace.find(deep).root == workspace.root
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    with pytest.raises(NoWorkspace, match="mlsteps start"):
        Workspace.find(outside)


def test_init_again_keeps_the_learners_work(workspace, catalog):
    exercise = catalog.get(EXERCISE)
    mine = workspace.root / exercise.workspace_path
    mine.write_text("# my own attempt\n")
    (workspace.root / catalog.exercises[1].workspace_path).unlink()
    report = workspace.sync(catalog)
    assert mine.read_text() == "# my own attempt\n"
    assert report.created == [catalog.exercises[1].workspace_path]
    assert report.beside == [] and report.updated == []


@pytest.fixture
def upgraded_catalog(tmp_path, catalog):
    """A copy of the content in which one exercise's starter changed, as in a new release of mlsteps."""
    content = tmp_path / "content"
    shutil.copytree(catalog.content, content)
    newer = Catalog(content)
    starter = newer.get(EXERCISE).folder / "starter.py"
    starter.write_text(starter.read_text() + "\n# A clearer comment in the new release.\n")
    return Catalog(content)


def test_a_changed_starter_goes_beside_an_edited_file_never_over_it(workspace, upgraded_catalog):
    exercise = upgraded_catalog.get(EXERCISE)
    mine = workspace.root / exercise.workspace_path
    mine.write_text("def even_squares(numbers):\n    return 'mine'\n")
    report = workspace.sync(upgraded_catalog)
    assert mine.read_text() == "def even_squares(numbers):\n    return 'mine'\n"
    beside = mine.with_name(mine.stem + NEW_STARTER_SUFFIX)
    assert report.beside == [beside.relative_to(workspace.root).as_posix()]
    assert beside.read_text() == exercise.starter
    assert workspace.sync(upgraded_catalog).beside == []  # said once, not on every init


def test_a_changed_starter_replaces_an_untouched_file(workspace, upgraded_catalog):
    exercise = upgraded_catalog.get(EXERCISE)
    report = workspace.sync(upgraded_catalog)
    assert report.updated == [exercise.workspace_path]
    assert (workspace.root / exercise.workspace_path).read_text() == exercise.starter


def test_progress_survives_an_upgrade(workspace, upgraded_catalog):
    workspace.store.record_attempt(EXERCISE, "passed", 8, 8, 5.0)
    workspace.close()
    reopened, _ = create(workspace.root, upgraded_catalog)
    assert EXERCISE in reopened.store.solved()
    reopened.close()


def test_an_edited_file_whose_starter_was_not_recorded_gets_nothing_beside(workspace, catalog):
    """With no record of the starter a file began from (a store made afresh), nothing says the starter changed."""
    from mlsteps.record.schema import workspace_files

    mine = workspace.root / catalog.get(EXERCISE).workspace_path
    mine.write_text("def even_squares(numbers):\n    return 'mine'\n")
    with workspace.store.engine.begin() as connection:
        connection.execute(workspace_files.delete())
    report = workspace.sync(catalog)
    assert report.beside == [] and not list(workspace.root.rglob(f"*{NEW_STARTER_SUFFIX}"))
    assert mine.read_text() == "def even_squares(numbers):\n    return 'mine'\n"
    assert workspace.store.starter_sha(catalog.get(EXERCISE).workspace_path) is not None  # known from now on
