"""The journey store: the learner's record, meant to be read over months and years.

SQLAlchemy 2 over SQLite (in the workspace, in WAL mode) by default, or any SQLAlchemy URL. Every event is one
transaction, so a process killed mid-check loses nothing that was already recorded. A store written by an older
mlsteps is upgraded with Alembic when it is opened, in one transaction (DDL included, on SQLite too), after a copy
of the file is made aside; nothing is ever dropped. A storage failure (a full disk, a file-size limit, a folder
that cannot be written, a damaged file) becomes a :class:`StoreError` that names it and says what to do; a store
that cannot be written is opened read-only, so the commands that only read still work.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import re
import sqlite3
import urllib.parse
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from mlsteps.record import storage
from mlsteps.record.schema import attempts, events, metadata, state, workspace_files

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
UPGRADE_LOCK = 0x6D6C7374  # PostgreSQL advisory lock key for schema upgrades ("mlst")
BUSY_MS = 5000  # how long SQLite waits for another process's write (an upgrade included) before giving up


class StoreError(RuntimeError):
    """The store cannot be opened or written; the message says why and what to do. ``kind`` is one of
    :mod:`mlsteps.record.storage`'s kinds (disk full, read-only, damaged...)."""

    def __init__(self, message: str, kind: str = storage.UNREADABLE) -> None:
        super().__init__(message)
        self.kind = kind


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
    cursor.execute(f"PRAGMA busy_timeout={BUSY_MS}")
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


def database_file(engine: Engine) -> Path | None:
    """The SQLite file behind ``engine``; None for a server or an in-memory database."""
    if engine.dialect.name != "sqlite":
        return None
    database = engine.url.database
    if not database or database == ":memory:" or database.startswith("file:"):
        return None
    return Path(database).absolute()


@contextlib.contextmanager
def schema_transaction(engine: Engine) -> Iterator[sa.Connection]:
    """One transaction for a whole schema change, ``CREATE`` and ``ALTER`` included.

    pysqlite (Python's sqlite3 before 3.12) starts transactions only before INSERT, UPDATE and DELETE, so each
    DDL statement of a migration used to be committed on its own: an upgrade killed half-way left new tables at the
    old revision. As SQLAlchemy documents for pysqlite, the driver's own transaction handling is turned off and the
    ``BEGIN`` is emitted here, ``IMMEDIATE`` so that a second process upgrading the same store waits for the first
    (``busy_timeout``) and then finds nothing left to do. On PostgreSQL, DDL is transactional already; an advisory
    lock makes graders opening one new gradebook at once take turns.
    """
    with engine.connect() as connection:
        if engine.dialect.name != "sqlite":
            with connection.begin():
                if engine.dialect.name == "postgresql":
                    connection.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": UPGRADE_LOCK})
                yield connection
            return
        raw = connection.connection.driver_connection
        legacy = raw.isolation_level
        raw.isolation_level = None  # no transaction handling in the driver: the BEGIN below is the only one
        try:
            with connection.begin():
                connection.exec_driver_sql("BEGIN IMMEDIATE")
                yield connection
        finally:
            raw.isolation_level = legacy


def _revision_in(connection: sa.Connection) -> str | None:
    if not sa.inspect(connection).has_table("alembic_version"):
        return None
    return connection.execute(sa.text("SELECT version_num FROM alembic_version")).scalar()


def _create_in(connection: sa.Connection) -> bool:
    """Give a database with no tables at all the latest schema at once, recorded at the head revision.

    What the migrations would build step by step, without importing Alembic or running them (a test checks that
    both give the same tables, columns, indexes and constraints). Returns False when the database has tables.
    """
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


def _upgrade_in(connection: sa.Connection, revision: str = "head") -> None:
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    command.upgrade(config, revision)


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the store's schema to ``revision`` with Alembic, in one transaction: all of it, or none of it."""
    with schema_transaction(engine) as connection:
        _upgrade_in(connection, revision)


def create_fresh(engine: Engine) -> bool:
    """The latest schema at once in a database with no tables (see ``_create_in``); False when it has some."""
    with schema_transaction(engine) as connection:
        return _create_in(connection)


def _trouble_handler(engine: Engine, workspace: Path | None, read_only_because: StoreError | None = None):
    """Turn the database's storage errors into a StoreError that names them (SQLAlchemy's ``handle_error``).

    For a store opened read-only because writing failed, a refused write is reported with that first reason (a
    full disk stays a full disk, not a read-only database)."""
    path = database_file(engine)

    def name_it(context) -> None:
        error = context.original_exception
        if path is not None:
            found = storage.trouble(error, path, workspace)
        elif engine.dialect.name != "sqlite":
            found = storage.server_trouble(error, engine.url.render_as_string(hide_password=True))
        else:
            found = None
        if found is not None and read_only_because is not None and found.kind == storage.READ_ONLY:
            raise StoreError(str(read_only_because), read_only_because.kind) from context.sqlalchemy_exception
        if found is not None:
            raise StoreError(found.message, found.kind) from context.sqlalchemy_exception

    return name_it


def make_engine(url: str, workspace: Path | None = None) -> Engine:
    engine = sa.create_engine(url)
    if engine.dialect.name == "sqlite":
        sa.event.listen(engine, "connect", _sqlite_pragmas)
    sa.event.listen(engine, "handle_error", _trouble_handler(engine, workspace))
    return engine


def _read_only_engine(path: Path, immutable: bool, workspace: Path | None, because: StoreError) -> Engine:
    uri = f"file:{urllib.parse.quote(str(path))}?mode=ro" + ("&immutable=1" if immutable else "")
    engine = sa.create_engine(
        f"sqlite:///{path}", creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False)
    )
    sa.event.listen(engine, "connect", lambda raw, _record: raw.execute(f"PRAGMA busy_timeout={BUSY_MS}"))
    sa.event.listen(engine, "handle_error", _trouble_handler(engine, workspace, because))
    return engine


# Troubles after which a store can still be read: its folder cannot be written, or its disk has no room.
READABLE_ANYWAY = (storage.READ_ONLY, storage.FULL, storage.TOO_LARGE)


class Store:
    """One learner's journey: attempts, hints and solutions seen, the files of their workspace.

    ``read_only`` is True when the store could only be opened for reading (a read-only disk, a file that belongs
    to someone else, a full disk): reading works, and every write raises a StoreError that says why. ``backup`` is
    the copy made before this opening upgraded the store, if it did.
    """

    def __init__(self, url: str, workspace: Path | None = None) -> None:
        self.url = url
        self.workspace = workspace
        self.read_only = False
        self.backup: Path | None = None
        self.engine = make_engine(url, workspace)
        self.file = database_file(self.engine)
        try:
            self._ensure_schema()
        except StoreError as exc:
            self.engine.dispose()
            if exc.kind in READABLE_ANYWAY and self.file is not None and self.file.is_file():
                self._open_read_only(exc)
                return
            raise
        except sa.exc.DBAPIError as exc:
            self.engine.dispose()
            raise StoreError(self._unreadable(exc)) from exc

    @classmethod
    def at(cls, path: Path, workspace: Path | None = None) -> Store:
        path.parent.mkdir(parents=True, exist_ok=True)
        return cls(f"sqlite:///{path}", workspace)

    def _unreadable(self, exc: Exception) -> str:
        reason = exc.orig if hasattr(exc, "orig") else exc
        if self.file is None:  # a server: nothing to move aside, something to reach
            return (
                f"The database at {self.engine.url.render_as_string(hide_password=True)} cannot be reached or read "
                f"({reason!s}). Check the address, the user and password, and that the server is running; nothing "
                "was changed."
            )
        return storage.explain(storage.UNREADABLE, self.file, str(reason), self.workspace)

    def _open_read_only(self, reason: StoreError) -> None:
        """Open the store for reading only, after opening it for writing failed with ``reason``.

        With ``mode=ro`` SQLite still needs the ``-shm`` file beside a WAL store, which a read-only folder cannot
        hold; then the file is opened as immutable, which is safe only when no ``-wal`` file holds changes not
        yet copied into it (SQLite would not see them).
        """
        assert self.file is not None
        wal = self.file.with_name(self.file.name + "-wal")
        for immutable in (False, True):
            if immutable and wal.is_file() and wal.stat().st_size > 0:
                break
            engine = _read_only_engine(self.file, immutable, self.workspace, reason)
            try:
                revision = self._revision(engine)
            except StoreError:
                engine.dispose()
                continue
            if revision != migration_head():
                engine.dispose()
                raise StoreError(
                    f"{reason} Besides, this store was written by an older mlsteps and must be upgraded before this "
                    "one can read it, which needs it writable.",
                    reason.kind,
                ) from None
            self.engine, self.read_only = engine, True
            return
        raise reason

    def _revision(self, engine: Engine | None = None) -> str | None:
        with (engine or self.engine).connect() as connection:
            return _revision_in(connection)

    def _ensure_schema(self) -> None:
        """Upgrade when the store is behind; the usual case (up to date) costs one small query."""
        revision = self._revision()
        if revision == migration_head():
            return
        if revision is not None and self.file is not None:
            self.backup = self._copy_aside(revision)
        try:
            with schema_transaction(self.engine) as connection:
                if not _create_in(connection):  # a new store gets the latest schema at once; an old one, Alembic's
                    _upgrade_in(connection)
        except Exception as exc:  # the transaction was rolled back: the store is as it was
            if revision is None:
                if isinstance(exc, StoreError | sa.exc.DBAPIError):
                    raise
                raise StoreError(self._unreadable(exc)) from exc
            raise StoreError(self._upgrade_failed(revision, exc), getattr(exc, "kind", storage.UNREADABLE)) from exc

    def _copy_aside(self, revision: str) -> Path:
        """Copy the store with SQLite's backup API (consistent, WAL included) before upgrading it."""
        assert self.file is not None
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        target = self.file.with_name(f"{self.file.stem}.before-upgrade-from-{revision}.{stamp}{self.file.suffix}")
        partial = target.with_name(target.name + ".partial")
        try:
            source = sqlite3.connect(self.file)
            try:
                copy = sqlite3.connect(partial)
                try:
                    source.backup(copy)
                finally:
                    copy.close()
            finally:
                source.close()
            partial.replace(target)
        except (sqlite3.Error, OSError) as exc:
            with contextlib.suppress(OSError):
                partial.unlink(missing_ok=True)
            found = storage.trouble(exc, partial, self.workspace)
            kind = found.kind if found else storage.UNREADABLE
            raise StoreError(
                f"Your journey store at {self.file} was written by an older mlsteps (revision {revision}) and must be "
                f"upgraded; a copy is made first, and that copy could not be written. "
                + (found.message if found else f"({exc})"),
                kind,
            ) from exc
        return target

    def _upgrade_failed(self, revision: str, exc: Exception) -> str:
        where = self.file or self.engine.url.render_as_string(hide_password=True)
        words = str(exc) if isinstance(exc, StoreError) else f"{type(exc).__name__}: {exc}"
        kept = f" A copy made just before the upgrade is at {self.backup}." if self.backup else ""
        return (
            f"Your journey store at {where} could not be upgraded from revision {revision} to "
            f"{migration_head()}. Nothing in it was changed: it is still at revision {revision}, with all your "
            f"records.{kept}\nWhat went wrong: {words}"
        )

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
