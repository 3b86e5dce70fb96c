"""A schema upgrade is all or nothing: killed or failing at any point, the store is the old one with all its rows,
or the new one with all its rows. A copy is made aside first, and named if anything fails."""

import datetime as dt
import os
import signal
import sqlite3

import pytest
import sqlalchemy as sa

from mlsteps.record.schema import metadata
from mlsteps.record.store import Store, StoreError, make_engine, migration_head, upgrade

OLD = "0001"  # the oldest store: every later migration runs, the batch ALTER of 0002 included
ROWS = [("python/list-comprehensions", "passed", 8), ("python/fizzbuzz", "failed", 3), ("python/strings", "error", 0)]


def structure(connection: sa.Connection) -> dict[str, list[str]]:
    inspector = sa.inspect(connection)
    return {
        table: sorted(column["name"] for column in inspector.get_columns(table))
        for table in sorted(inspector.get_table_names())
    }


def state(url: str) -> tuple[str | None, dict, list]:
    """The revision, the tables with their columns, and the attempts, read without mlsteps's Store."""
    engine = sa.create_engine(url)
    try:
        with engine.connect() as connection:
            revision = connection.execute(sa.text("SELECT version_num FROM alembic_version")).scalar()
            rows = connection.execute(
                sa.text("SELECT exercise_id, verdict, cases_passed FROM attempts ORDER BY id")
            ).all()
            return revision, structure(connection), [tuple(row) for row in rows]
    finally:
        engine.dispose()


def old_store(url: str) -> None:
    engine = make_engine(url)
    upgrade(engine, OLD)
    with engine.begin() as connection:
        for exercise, verdict, passed in ROWS:
            connection.execute(
                sa.text(
                    "INSERT INTO attempts (exercise_id, at, verdict, cases_passed, cases_total, duration_ms) "
                    "VALUES (:e, :at, :v, :p, 8, 1.5)"
                ),
                {"e": exercise, "at": dt.datetime(2024, 5, 1, 10), "v": verdict, "p": passed},
            )
    engine.dispose()


@pytest.fixture
def structures(tmp_path):
    """What the tables look like at the old revision and at the head, built apart for comparison."""
    found = {}
    for revision in (OLD, migration_head()):
        engine = make_engine(f"sqlite:///{tmp_path / f'reference-{revision}.db'}")
        upgrade(engine, revision)
        with engine.connect() as connection:
            found[revision] = structure(connection)
        engine.dispose()
    return found


class Stop(Exception):
    pass


def stopping_at(point: int, how: str):
    """A listener on every engine that counts what reaches the database (statements, then the commit) and, at
    ``point``, kills this process with SIGKILL or raises."""
    seen = [0]

    def count(*_args, **_kwargs) -> None:
        if seen[0] == point:
            if how == "kill":
                os.kill(os.getpid(), signal.SIGKILL)
            raise Stop(f"stopped at point {point}")
        seen[0] += 1

    return count


def open_stopping_at(url: str, point: int, how: str) -> None:
    hook = stopping_at(point, how)
    sa.event.listen(sa.Engine, "before_cursor_execute", hook)
    sa.event.listen(sa.Engine, "commit", hook)
    try:
        Store(url).close()
    finally:
        sa.event.remove(sa.Engine, "before_cursor_execute", hook)
        sa.event.remove(sa.Engine, "commit", hook)


def killed_at(url: str, point: int) -> bool:
    """Open the store in a forked child killed with SIGKILL at ``point``; False when the opening ended first."""
    child = os.fork()
    if child == 0:  # pragma: no cover - the child
        try:
            open_stopping_at(url, point, "kill")
        finally:
            os._exit(0)
    _pid, status = os.waitpid(child, 0)
    return os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL


def assert_old_or_new_with_every_row(url: str, structures: dict) -> str:
    revision, tables, rows = state(url)
    assert revision in (OLD, migration_head())
    assert tables == structures[revision], f"the tables at revision {revision} are not those of {revision}"
    assert rows == ROWS
    return revision


def test_an_upgrade_killed_at_any_point_leaves_the_old_store_or_the_new_one_never_a_mix(store_url, structures):
    old_store(store_url)
    point, kills = 0, 0
    while killed_at(store_url, point):
        kills += 1
        revision = assert_old_or_new_with_every_row(store_url, structures)
        if revision == migration_head():  # killed after the commit: nothing left to interrupt
            break
        point += 1
    assert kills > 20  # before, between and inside the migrations, and at the commit
    store = Store(store_url)  # the store opens (and upgrades, if the last kill left it old) with every row
    assert [(a.exercise_id, a.verdict, a.cases_passed) for a in store.attempts()] == ROWS
    store.close()
    assert assert_old_or_new_with_every_row(store_url, structures) == migration_head()


def test_a_failing_upgrade_changes_nothing_and_names_the_copy_made_before_it(store_url, structures):
    old_store(store_url)
    sqlite = store_url.startswith("sqlite")
    point, failures = 0, 0
    while True:
        try:
            open_stopping_at(store_url, point, "raise")
        except StoreError as exc:
            failures += 1
            message = str(exc)
            assert assert_old_or_new_with_every_row(store_url, structures) == OLD
            if "could not be upgraded" in message:  # the failure hit the upgrade itself, not the first look
                assert f"still at revision {OLD}, with all your records" in message
                assert "stopped at point" in message
                if sqlite:
                    copy = message.split("A copy made just before the upgrade is at ")[1].split(".\n")[0]
                    with sqlite3.connect(copy) as connection:
                        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == (OLD,)
                        assert connection.execute("SELECT count(*) FROM attempts").fetchone() == (len(ROWS),)
        except Stop:  # the first look at the store, before any upgrade: reported by the caller as it is
            assert assert_old_or_new_with_every_row(store_url, structures) == OLD
        else:
            break
        point += 1
    assert failures > 20
    assert assert_old_or_new_with_every_row(store_url, structures) == migration_head()


def test_each_upgrade_keeps_a_copy_of_the_store_as_it_was(tmp_path):
    path = tmp_path / "journey.db"
    old_store(f"sqlite:///{path}")
    store = Store.at(path)
    assert store.backup is not None and store.backup.parent == tmp_path
    assert store.backup.name.startswith(f"journey.before-upgrade-from-{OLD}.")
    store.close()
    with sqlite3.connect(store.backup) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == (OLD,)
        assert connection.execute("SELECT exercise_id FROM attempts ORDER BY id").fetchall() == [(r[0],) for r in ROWS]
    assert Store.at(path).backup is None  # up to date now: no copy, no upgrade


def test_the_upgrade_is_one_transaction_on_sqlite_ddl_included(tmp_path):
    """What made the kill test fail before: pysqlite committed each CREATE TABLE on its own."""
    url = f"sqlite:///{tmp_path / 'journey.db'}"
    old_store(url)
    statements = []
    sa.event.listen(sa.Engine, "before_cursor_execute", record := lambda *a: statements.append(a[2]))
    try:
        Store(url).close()
    finally:
        sa.event.remove(sa.Engine, "before_cursor_execute", record)
    assert "BEGIN IMMEDIATE" in statements
    begun = statements.index("BEGIN IMMEDIATE")
    assert any(s.strip().startswith("CREATE TABLE study_log") for s in statements[begun:])
    assert set(metadata.tables) <= set(state(url)[1])
