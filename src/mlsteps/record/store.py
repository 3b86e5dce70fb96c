"""The journey store: the learner's record, meant to be read over months and years.

SQLAlchemy 2 over SQLite (in the workspace, in WAL mode) by default, or any SQLAlchemy URL. Every event is one
transaction, so a process killed mid-check loses nothing that was already recorded. A store written by an older
mlsteps is upgraded with Alembic when it is opened; nothing is ever dropped.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import time
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from mlsteps.record.schema import attempts, events, metadata, state, workspace_files

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
UPGRADE_LOCK = 0x6D6C7374  # PostgreSQL advisory lock key for schema upgrades ("mlst")
UPGRADE_WAITS = 20  # tenths of a second to wait for another process's upgrade before reporting the error


class StoreError(RuntimeError):
    """The store cannot be opened; the message says why and what to do, and nothing was changed."""


@dataclass(frozen=True)
class Attempt:
    exercise_id: str
    at: dt.datetime
    verdict: str
    cases_passed: int
    cases_total: int
    duration_ms: float
    hints_used: int
    solution_viewed: bool


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


@functools.cache
def migration_head() -> str:
    """The newest revision: the one no other migration builds on.

    Read from the migration files' ``revision``/``down_revision`` lines rather than through Alembic, whose import
    costs a tenth of a second on every command; Alembic itself runs only when a store is behind. A test checks that
    this agrees with Alembic's own answer.
    """
    revisions, parents = set(), set()
    for path in (MIGRATIONS / "versions").glob("*.py"):
        text = path.read_text(encoding="utf-8")
        revisions.update(re.findall(r'^revision = "([^"]+)"', text, flags=re.MULTILINE))
        parents.update(re.findall(r'^down_revision = "([^"]+)"', text, flags=re.MULTILINE))
    (head,) = revisions - parents
    return head


def _one_upgrade_at_a_time(connection: sa.Connection) -> None:
    """On PostgreSQL, graders opening one new gradebook at once take turns: one builds the schema, the other waits.

    (SQLite has no such lock; there the loser's error is caught in ``Store._ensure_schema``, which waits.)
    """
    if connection.dialect.name == "postgresql":
        connection.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": UPGRADE_LOCK})


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the store's schema to ``revision`` with Alembic, in one transaction."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        _one_upgrade_at_a_time(connection)
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def create_fresh(engine: Engine) -> bool:
    """Give a database with no tables at all the latest schema at once, recorded at the head revision.

    What the migrations would build step by step, without importing Alembic or running them (a test checks that
    both give the same tables, columns, indexes and constraints). Returns False when the database has tables.
    """
    with engine.begin() as connection:
        _one_upgrade_at_a_time(connection)
        if sa.inspect(connection).get_table_names():
            return False
        metadata.create_all(connection)
        version = sa.Table(
            "alembic_version",
            sa.MetaData(),
            sa.Column("version_num", sa.String(32), nullable=False),
            sa.PrimaryKeyConstraint("version_num", name="alembic_version_pkc"),  # as Alembic names it
        )
        version.create(connection)
        connection.execute(version.insert().values(version_num=migration_head()))
    return True


def make_engine(url: str) -> Engine:
    engine = sa.create_engine(url)
    if engine.dialect.name == "sqlite":
        sa.event.listen(engine, "connect", _sqlite_pragmas)
    return engine


class Store:
    """One learner's journey: attempts, hints and solutions seen, the files of their workspace."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.engine = make_engine(url)
        try:
            self._ensure_schema()
        except sa.exc.DatabaseError as exc:
            self.engine.dispose()
            raise StoreError(self._unreadable(exc)) from exc

    @classmethod
    def at(cls, path: Path) -> Store:
        path.parent.mkdir(parents=True, exist_ok=True)
        return cls(f"sqlite:///{path}")

    def _unreadable(self, exc: Exception) -> str:
        if self.engine.dialect.name != "sqlite":  # a server: nothing to move aside, something to reach
            return (
                f"The database at {self.engine.url.render_as_string(hide_password=True)} cannot be reached or read "
                f"({exc.orig if hasattr(exc, 'orig') else exc!s}). Check the address, the user and password, and "
                "that the server is running; nothing was changed."
            )
        where = self.engine.url.database or self.url
        return (
            f"Your journey store at {where} cannot be read ({exc.orig if hasattr(exc, 'orig') else exc!s}).\n"
            "Nothing in it was changed. To keep it for later and start a fresh one, move it aside:\n"
            f"    mv '{where}' '{where}.broken'\n"
            "then run the command again. Your exercise files are not affected."
        )

    def _revision(self) -> str | None:
        with self.engine.connect() as connection:
            if not sa.inspect(connection).has_table("alembic_version"):
                return None
            return connection.execute(sa.text("SELECT version_num FROM alembic_version")).scalar()

    def _ensure_schema(self) -> None:
        """Upgrade when the store is behind; the usual case (up to date) costs one small query."""
        revision = self._revision()
        if revision == migration_head():
            return
        try:
            if revision is None and create_fresh(self.engine):
                return
            upgrade(self.engine)
        except sa.exc.DatabaseError:
            # Another process (a second grader) may be upgrading the same new store right now: wait for it.
            for _ in range(UPGRADE_WAITS):
                time.sleep(0.1)
                if self._revision() == migration_head():
                    return
            raise

    def close(self) -> None:
        self.engine.dispose()

    # ------------------------------------------------------------------------------------------ attempts

    def record_attempt(
        self, exercise_id: str, verdict: str, cases_passed: int, cases_total: int, duration_ms: float
    ) -> Attempt:
        """Record one check, with how many hints had been used and whether the solution had been seen."""
        with self.engine.begin() as connection:
            hints_used = self._count_events(connection, exercise_id, "hint")
            solution_viewed = self._count_events(connection, exercise_id, "solution") > 0
            attempt = Attempt(
                exercise_id, _now(), verdict, cases_passed, cases_total, duration_ms, hints_used, solution_viewed
            )
            connection.execute(attempts.insert().values(**attempt.__dict__))
        return attempt

    def attempts(self, exercise_id: str | None = None) -> list[Attempt]:
        query = sa.select(attempts).order_by(attempts.c.id)
        if exercise_id is not None:
            query = query.where(attempts.c.exercise_id == exercise_id)
        with self.engine.connect() as connection:
            rows = connection.execute(query).mappings().all()
        return [Attempt(**{k: v for k, v in row.items() if k != "id"}) for row in rows]

    def solved(self) -> set[str]:
        query = sa.select(attempts.c.exercise_id).where(attempts.c.verdict == "passed").distinct()
        with self.engine.connect() as connection:
            return set(connection.execute(query).scalars())

    def attempted(self) -> set[str]:
        with self.engine.connect() as connection:
            return set(connection.execute(sa.select(attempts.c.exercise_id).distinct()).scalars())

    # -------------------------------------------------------------------------------------------- events

    @staticmethod
    def _count_events(connection: sa.Connection, exercise_id: str, kind: str) -> int:
        query = sa.select(sa.func.count()).where(events.c.exercise_id == exercise_id, events.c.kind == kind)
        return int(connection.execute(query).scalar_one())

    def record_event(self, exercise_id: str, kind: str, detail: str = "") -> None:
        with self.engine.begin() as connection:
            connection.execute(events.insert().values(exercise_id=exercise_id, at=_now(), kind=kind, detail=detail))

    def count_events(self, exercise_id: str, kind: str) -> int:
        with self.engine.connect() as connection:
            return self._count_events(connection, exercise_id, kind)

    # ------------------------------------------------------------------------------- workspace and state

    def starter_sha(self, path: str) -> str | None:
        query = sa.select(workspace_files.c.starter_sha).where(workspace_files.c.path == path)
        with self.engine.connect() as connection:
            return connection.execute(query).scalar()

    def starter_shas(self) -> dict[str, str]:
        with self.engine.connect() as connection:
            rows = connection.execute(sa.select(workspace_files.c.path, workspace_files.c.starter_sha))
            return {path: sha for path, sha in rows}

    def set_starter_sha(self, path: str, exercise_id: str, sha: str) -> None:
        with self.engine.begin() as connection:
            connection.execute(workspace_files.delete().where(workspace_files.c.path == path))
            connection.execute(workspace_files.insert().values(path=path, exercise_id=exercise_id, starter_sha=sha))

    def get_state(self, key: str) -> str | None:
        with self.engine.connect() as connection:
            return connection.execute(sa.select(state.c.value).where(state.c.key == key)).scalar()

    def set_state(self, key: str, value: str) -> None:
        with self.engine.begin() as connection:
            connection.execute(state.delete().where(state.c.key == key))
            connection.execute(state.insert().values(key=key, value=value))
