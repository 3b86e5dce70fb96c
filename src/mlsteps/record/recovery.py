"""A damaged journey store: how to tell, and how to save what can still be read into a new one.

The same idea as the ``sqlite3`` shell's ``.recover``, without needing the shell: every table of the schema is
read row by row in rowid order, and where a damaged page stops the reading, the next rowid that can be read again
is searched for, so one bad page costs only the rows it held. The rows are copied as they are stored (SQLite's own
values, no conversion) into a new store with the latest schema. The damaged file is kept beside it, renamed, never
changed.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
import urllib.parse
from dataclasses import dataclass, field
from pathlib import Path

from mlsteps.record.schema import metadata
from mlsteps.record.store import create_fresh, make_engine

BATCH = 500
LARGEST_ROWID = 2**63 - 1


class NothingToRecover(Exception):
    """The store is not damaged, or so damaged that nothing in it can be read; the message says which."""


@dataclass
class Recovery:
    store: Path  # the new store, where the damaged one was
    damaged: Path  # the damaged file, kept
    rows: dict[str, int] = field(default_factory=dict)  # rows recovered per table
    lost: dict[str, list[tuple[int, int]]] = field(default_factory=dict)  # per table, rowid ranges not readable
    unreadable_tables: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {
            "store": str(self.store),
            "damaged": str(self.damaged),
            "rows": self.rows,
            "lost": {table: [list(span) for span in spans] for table, spans in self.lost.items()},
            "unreadable_tables": self.unreadable_tables,
        }


def _read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{urllib.parse.quote(str(path))}?mode=ro", uri=True)


def damage(path: Path) -> str | None:
    """What SQLite finds wrong with the store at ``path`` (its own integrity check), or None when it is sound."""
    try:
        with contextlib.closing(_read_only(path)) as connection:
            found = [row[0] for row in connection.execute("PRAGMA integrity_check(20)")]
    except sqlite3.DatabaseError as exc:
        return str(exc)
    return None if found == ["ok"] else "; ".join(found)


def _readable_after(connection: sqlite3.Connection, table: str, after: int) -> int | None:
    """The first rowid after ``after`` from which reading works again; None when nothing further can be read."""

    def works(start: int) -> bool:
        try:
            connection.execute(
                f'SELECT rowid FROM "{table}" WHERE rowid > ? ORDER BY rowid LIMIT 1', (start,)
            ).fetchall()
        except sqlite3.DatabaseError:
            return False
        return True

    step, failing = 1, after
    while not works(failing + step):
        failing += step
        step *= 2
        if failing + step > LARGEST_ROWID:
            return None
    low, high = failing, failing + step  # reading from `low` fails, from `high` works: find the first that works
    while high - low > 1:
        middle = (low + high) // 2
        low, high = (low, middle) if works(middle) else (middle, high)
    return high


def _copy_table(source: sqlite3.Connection, target: sqlite3.Connection, table: str, report: Recovery) -> None:
    try:
        present = [row[1] for row in source.execute(f'PRAGMA table_info("{table}")')]
    except sqlite3.DatabaseError:
        report.unreadable_tables.append(table)
        return
    if not present:  # a store from before this table existed
        return
    columns = [column.name for column in metadata.tables[table].columns if column.name in present]
    listed = ", ".join(f'"{name}"' for name in columns)
    insert = f'INSERT OR IGNORE INTO "{table}" ({listed}) VALUES ({", ".join("?" * len(columns))})'
    query = f'SELECT rowid, {listed} FROM "{table}" WHERE rowid > ? ORDER BY rowid LIMIT ?'
    after, copied = -LARGEST_ROWID - 1, 0
    while True:
        try:
            rows = source.execute(query, (after, BATCH)).fetchall()
        except sqlite3.DatabaseError:
            try:  # one row at a time up to the damage
                rows = source.execute(query, (after, 1)).fetchall()
            except sqlite3.DatabaseError:
                resume = _readable_after(source, table, after)
                report.lost.setdefault(table, []).append((after + 1, resume if resume is not None else LARGEST_ROWID))
                if resume is None:
                    break
                after = resume
                continue
        if not rows:
            break
        for row in rows:
            try:
                copied += target.execute(insert, row[1:]).rowcount
            except sqlite3.Error:  # a value the damage garbled into something the schema refuses
                report.lost.setdefault(table, []).append((row[0], row[0]))
        after = rows[-1][0]
    report.rows[table] = copied


def recover(path: Path, now: dt.datetime | None = None, force: bool = False) -> Recovery:
    """Copy what is readable of the damaged store at ``path`` into a new store at ``path``; the damaged file is
    kept beside it as ``<name>.damaged-<time>.db``. ``NothingToRecover`` when the store is sound (unless
    ``force``) or nothing at all can be read from it."""
    if not path.is_file():
        raise NothingToRecover(f"There is no journey store at {path}.")
    if not force and damage(path) is None:
        raise NothingToRecover(f"The journey store at {path} is sound: there is nothing to recover.")
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    damaged = path.with_name(f"{path.stem}.damaged-{stamp}{path.suffix}")
    fresh = path.with_name(f"{path.stem}.recovering-{stamp}{path.suffix}")
    fresh.unlink(missing_ok=True)
    engine = make_engine(f"sqlite:///{fresh}")
    try:
        create_fresh(engine)
    finally:
        engine.dispose()
    report = Recovery(store=path, damaged=damaged)
    try:
        with contextlib.closing(_read_only(path)) as source, contextlib.closing(sqlite3.connect(fresh)) as target:
            try:
                source.execute("SELECT name FROM sqlite_master").fetchall()
            except sqlite3.DatabaseError as exc:
                raise NothingToRecover(
                    f"The journey store at {path} is damaged where it describes its own tables ({exc}), so nothing "
                    "in it can be read by mlsteps. It was not changed. The `sqlite3` shell's `.recover` command reads "
                    f"deeper: sqlite3 '{path}' .recover | sqlite3 recovered.db"
                ) from None
            for table in metadata.sorted_tables:  # parents before children
                _copy_table(source, target, table.name, report)
            target.commit()
    except BaseException:
        fresh.unlink(missing_ok=True)
        raise
    # The damaged file (with its -wal, which is part of it) goes aside; the new one takes its place.
    os.replace(path, damaged)
    for suffix in ("-wal", "-shm"):
        beside = path.with_name(path.name + suffix)
        if beside.exists():
            if suffix == "-wal":
                os.replace(beside, damaged.with_name(damaged.name + suffix))
            else:
                beside.unlink()
    os.replace(fresh, path)
    return report
