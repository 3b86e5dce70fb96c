"""The whole journey in one JSON file: to keep, or to carry to another machine.

The file holds every row of the learner's tables, column by column (times and dates as ISO text), with a format
name and version. Reading checks everything first (format, version, every table, column, type and reference) and
only then writes, in one transaction, into a store that has no journey of its own yet: a bad or newer file, or a
store that already holds a journey, changes nothing.

``workspace_files`` is left out on purpose: it records which starter each file of *this* workspace began from,
which belongs to the machine, not the journey (the new workspace's ``init`` writes its own). ``grades`` is left out
too: it is a mentor's gradebook of other people's work, not the learner's own record.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import sqlalchemy as sa

from mlsteps.record.files import write_atomically
from mlsteps.record.inputs import BadInput, utc_now
from mlsteps.record.schema import metadata, reviews, state, tidbits
from mlsteps.record.store import Store, migration_head
from mlsteps.record.tidbits import OFFERED_KEY

FORMAT = "mlsteps-journey"
VERSION = 1
EXPORTED = (
    "attempts",
    "events",
    "state",
    "study_log",
    "own_resources",
    "resource_marks",
    "plans",
    "plan_steps",
    "plan_resources",
    "tidbits",
    "reviews",
    "projects",
)
LEFT_OUT = ("workspace_files", "grades")


def _encode(value: object) -> object:
    return value.isoformat() if isinstance(value, dt.date | dt.datetime) else value


def journey_data(store: Store, now: dt.datetime | None = None) -> dict:
    """Everything recorded, as plain JSON data."""
    tables = {}
    with store.engine.connect() as connection:
        for name in EXPORTED:
            table = metadata.tables[name]
            rows = connection.execute(sa.select(table).order_by(*table.primary_key.columns)).mappings()
            tables[name] = [{key: _encode(value) for key, value in row.items()} for row in rows]
    return {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": (now or utc_now()).isoformat(),
        "store_revision": migration_head(),
        "tables": tables,
    }


def export_to(store: Store, path: Path, now: dt.datetime | None = None) -> dict[str, int]:
    """Write the journey to ``path`` (a .json file); returns how many rows each table gave."""
    if path.suffix.lower() != ".json":
        raise BadInput("The journey is written as JSON: name the file with .json, such as my-journey.json.")
    if not path.parent.is_dir():
        raise BadInput(f"The folder {path.parent} does not exist: make it first, or export elsewhere.")
    data = journey_data(store, now)
    write_atomically(path, json.dumps(data, indent=1, ensure_ascii=False) + "\n")
    return {name: len(rows) for name, rows in data["tables"].items()}


class _Corrupt(Exception):
    pass


def _decode(column: sa.Column, value: object) -> object:
    """The value as the column holds it; ``_Corrupt`` when it is of the wrong kind."""
    if value is None:
        if not column.nullable or column.primary_key:
            raise _Corrupt(f"{column.name} is empty but must have a value")
        return None
    kind = column.type
    if isinstance(kind, sa.DateTime | sa.Date):
        timed = isinstance(kind, sa.DateTime)
        if isinstance(value, str):
            try:
                return dt.datetime.fromisoformat(value) if timed else dt.date.fromisoformat(value)
            except ValueError:
                pass
        raise _Corrupt(f"{column.name} is {value!r}, not a date{' and time' if timed else ''}")
    if isinstance(kind, sa.Boolean):
        ok = isinstance(value, bool)
    elif isinstance(kind, sa.Integer):
        ok = isinstance(value, int) and not isinstance(value, bool)
    elif isinstance(kind, sa.Float):
        ok = isinstance(value, int | float) and not isinstance(value, bool)
    else:
        ok = isinstance(value, str)
    if not ok:
        raise _Corrupt(f"{column.name} is {value!r}, not the kind of value it holds ({column.type})")
    return value


def _checked_tables(data: dict) -> dict[str, list[dict]]:
    tables = data.get("tables")
    if not isinstance(tables, dict) or set(tables) != set(EXPORTED):
        raise _Corrupt(f"it must hold exactly these tables: {', '.join(EXPORTED)}")
    decoded: dict[str, list[dict]] = {}
    for name in EXPORTED:
        table = metadata.tables[name]
        columns = {column.name: column for column in table.columns}
        rows = tables[name]
        if not isinstance(rows, list):
            raise _Corrupt(f"table {name} is not a list of rows")
        keys = set()
        decoded[name] = []
        for number, row in enumerate(rows, start=1):
            if not isinstance(row, dict) or set(row) != set(columns):
                raise _Corrupt(f"row {number} of {name} does not have the columns {', '.join(columns)}")
            try:
                clean = {key: _decode(columns[key], value) for key, value in row.items()}
            except _Corrupt as exc:
                raise _Corrupt(f"row {number} of {name}: {exc}") from None
            key = tuple(clean[column.name] for column in table.primary_key.columns)
            if key in keys:
                raise _Corrupt(f"row {number} of {name} repeats the key {key}")
            keys.add(key)
            decoded[name].append(clean)
    for name in EXPORTED:
        for foreign in metadata.tables[name].foreign_keys:
            target = foreign.column
            present = {row[target.name] for row in decoded[target.table.name]}
            for number, row in enumerate(decoded[name], start=1):
                if row[foreign.parent.name] not in present:
                    raise _Corrupt(f"row {number} of {name} points to a {target.table.name} row that is not there")
    return decoded


def read_export(path: Path) -> dict[str, list[dict]]:
    """The rows of an export file, every one checked; ``BadInput`` says what is wrong with the file."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise BadInput(f"There is no file {path}. Give the path of a file made by `mlsteps export`.") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise BadInput(f"{path} cannot be read ({exc}). Nothing was changed.") from None
    damaged = "It may be damaged or cut short: export it again from the original workspace. Nothing was changed."
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise BadInput(f"{path} is not valid JSON (line {exc.lineno}, column {exc.colno}). {damaged}") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise BadInput(
            f"{path} is not an mlsteps journey export (it has no 'format': '{FORMAT}'). "
            "Give the path of a file made by `mlsteps export`. Nothing was changed."
        )
    version = data.get("version")
    if isinstance(version, int) and not isinstance(version, bool) and version > VERSION:
        raise BadInput(
            f"{path} was written by a newer mlsteps (journey format {version}; this one reads up to {VERSION}). "
            "Upgrade mlsteps (pip install --upgrade mlsteps), then import again. Nothing was changed."
        )
    if version != VERSION:
        raise BadInput(f"{path} has a journey format version this mlsteps does not know ({version!r}). {damaged}")
    try:
        return _checked_tables(data)
    except _Corrupt as exc:
        raise BadInput(f"{path} cannot be imported: {exc}. {damaged}") from None


def _untouched_starters() -> sa.ColumnElement[bool]:
    reviewed = sa.select(reviews.c.tidbit_id)
    return sa.and_(tidbits.c.starter.is_not(None), tidbits.c.edited_at.is_(None), tidbits.c.id.not_in(reviewed))


def recorded(store: Store) -> dict[str, int]:
    """How much of a journey the store already holds (starter tidbits never touched do not count)."""
    counts = {}
    with store.engine.connect() as connection:
        for name in EXPORTED:
            if name == "state":
                continue
            table = metadata.tables[name]
            query = sa.select(sa.func.count()).select_from(table)
            if name == "tidbits":
                query = query.where(sa.not_(_untouched_starters()))
            counts[name] = int(connection.execute(query).scalar_one())
    return {name: count for name, count in counts.items() if count}


def import_from(store: Store, path: Path) -> dict[str, int]:
    """Restore a journey into a store that has none yet; returns how many rows each table received."""
    rows = read_export(path)
    already = recorded(store)
    if already:
        listed = ", ".join(f"{count} {name.replace('_', ' ')}" for name, count in already.items())
        raise BadInput(
            f"This workspace already has a journey of its own ({listed}), so nothing was imported or changed. "
            "Import into a new workspace: `mlsteps init NEW-FOLDER`, `cd NEW-FOLDER`, then `mlsteps import FILE`."
        )
    try:
        with store.engine.begin() as connection:
            connection.execute(tidbits.delete().where(_untouched_starters()))
            replaced = {row["key"] for row in rows["state"]} | {OFFERED_KEY}
            connection.execute(state.delete().where(state.c.key.in_(replaced)))
            for table in metadata.sorted_tables:
                if table.name in EXPORTED and rows[table.name]:
                    connection.execute(table.insert(), rows[table.name])
    except sa.exc.IntegrityError as exc:  # the whole transaction was rolled back
        raise BadInput(
            f"{path} cannot be imported: its rows contradict each other ({exc.orig}). "
            "It may be damaged: export it again from the original workspace. Nothing was changed."
        ) from None
    return {name: len(found) for name, found in rows.items()}
