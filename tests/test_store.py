"""The journey store keeps a learner's record through upgrades, crashes and broken files."""

import datetime as dt
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time

import pytest
import sqlalchemy as sa

from mlsteps.record.schema import metadata
from mlsteps.record.store import Store, StoreError, make_engine, migration_head, upgrade


def test_a_store_from_before_the_latest_migration_is_upgraded_without_loss(store_url):
    engine = make_engine(store_url)
    upgrade(engine, "0001")
    with engine.begin() as connection:
        connection.execute(
            sa.text(
                "INSERT INTO attempts (exercise_id, at, verdict, cases_passed, cases_total, duration_ms) "
                "VALUES ('python/list-comprehensions', :at, 'passed', 8, 8, 12.5)"
            ),
            {"at": dt.datetime(2025, 3, 1, 9, 30)},
        )
    engine.dispose()

    store = Store(store_url)
    [attempt] = store.attempts()
    assert (attempt.exercise_id, attempt.verdict, attempt.cases_passed) == ("python/list-comprehensions", "passed", 8)
    assert attempt.at == dt.datetime(2025, 3, 1, 9, 30)
    assert attempt.hints_used == 0 and attempt.solution_viewed is False
    store.record_event("python/list-comprehensions", "hint")
    assert store.record_attempt("python/list-comprehensions", "failed", 1, 8, 3.0).hints_used == 1
    with store.engine.connect() as connection:
        assert connection.execute(sa.text("SELECT version_num FROM alembic_version")).scalar() == migration_head()
    store.close()


def _structure(engine: sa.Engine) -> dict:
    """Every table's columns (name, type, nullable, default), keys, indexes and unique constraints."""
    inspector = sa.inspect(engine)
    structure = {}
    for table in sorted(inspector.get_table_names()):
        structure[table] = {
            "columns": [
                (c["name"], str(c["type"]), c["nullable"], str(c.get("default"))) for c in inspector.get_columns(table)
            ],
            "primary key": inspector.get_pk_constraint(table)["constrained_columns"],
            "foreign keys": sorted(
                (tuple(k["constrained_columns"]), k["referred_table"]) for k in inspector.get_foreign_keys(table)
            ),
            "indexes": sorted(
                (i["name"], tuple(i["column_names"]), bool(i["unique"])) for i in inspector.get_indexes(table)
            ),
            "unique": sorted(tuple(u["column_names"]) for u in inspector.get_unique_constraints(table)),
        }
    return structure


def test_a_new_store_made_at_once_has_what_the_migrations_build(store_url):
    """A new store gets the latest schema in one go (no Alembic run); it must equal what the migrations build."""
    store = Store(store_url)  # new and empty: made at once from schema.py
    assert {table.name for table in metadata.sorted_tables} <= set(sa.inspect(store.engine).get_table_names())
    made_at_once = _structure(store.engine)
    with store.engine.connect() as connection:
        assert connection.execute(sa.text("SELECT version_num FROM alembic_version")).scalar() == migration_head()
    with store.engine.begin() as connection:
        for table in [*reversed(metadata.sorted_tables), sa.table("alembic_version")]:
            connection.execute(sa.text(f"DROP TABLE {table.name}"))
    upgrade(store.engine)  # the same database, now step by step through every migration
    assert _structure(store.engine) == made_at_once
    store.close()


def test_a_corrupt_store_gets_a_clear_message_and_is_left_untouched(tmp_path):
    path = tmp_path / "journey.db"
    garbage = b"this is not a database, just some bytes" * 100
    path.write_bytes(garbage)
    with pytest.raises(StoreError) as raised:
        Store.at(path)
    assert "cannot be read" in str(raised.value) and "mv " in str(raised.value)
    assert path.read_bytes() == garbage


KILLED_MID_CHECK = """
import sys
from pathlib import Path
from mlsteps.engine.catalog import Catalog
from mlsteps.journey.journey import Journey
from mlsteps.journey.workspace import Workspace

journey = Journey(Workspace(Path(sys.argv[1])), Catalog())
exercise = journey.catalog.get("python/list-comprehensions")
for _ in range(3):
    journey.check(exercise)
path = journey.workspace.path_of(exercise)
path.write_text("def even_squares(numbers):\\n    while True:\\n        pass\\n")
print("checking", flush=True)
journey.check(exercise)
"""


def test_a_process_killed_mid_check_loses_no_earlier_attempt(workspace):
    script = workspace.root / "killed.py"
    script.write_text(textwrap.dedent(KILLED_MID_CHECK))
    process = subprocess.Popen([sys.executable, str(script), str(workspace.root)], stdout=subprocess.PIPE, text=True)
    assert process.stdout.readline().strip() == "checking"
    time.sleep(0.5)
    process.send_signal(signal.SIGKILL)
    process.wait()

    database = workspace.root / ".mlsteps" / "journey.db"
    with sqlite3.connect(database) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    store = Store.at(database)
    assert [a.verdict for a in store.attempts("python/list-comprehensions")] == ["failed"] * 3
    store.close()


def test_the_quick_head_agrees_with_alembic():
    from alembic.script import ScriptDirectory

    from mlsteps.record.store import MIGRATIONS

    assert migration_head() == ScriptDirectory(str(MIGRATIONS)).get_current_head()
