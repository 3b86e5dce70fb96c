"""The whole journey in one JSON file: to keep, or to carry to another machine.

The file holds every row of the learner's tables, column by column (times and dates as ISO text), and, since
format 2, the learner's work: every exercise file they changed (with the hash of the starter it was written
against, the exercise's version), every notebook they changed or made, and every file of their projects (their git
history included), each as text or base64 with its SHA-256. Reading checks everything first (format, version, every
table, column, type and reference, every file's path and hash, and that no file would replace work of the
workspace's own) and only then writes: the rows in one transaction, the files beside it, put back as they were if
anything fails. A bad or newer file, or a workspace that already holds a journey, changes nothing. Files of
format 1 (rows only) still import.

``workspace_files`` is left out on purpose: it records which starter each file of *this* workspace began from,
which belongs to the machine, not the journey (the new workspace's ``init`` writes its own). ``grades`` is left out
too: it is a mentor's gradebook of other people's work, not the learner's own record.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import json
import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING

import sqlalchemy as sa

from mlsteps.record.files import STATE_DIR, write_atomically
from mlsteps.record.inputs import BadInput, utc_now
from mlsteps.record.schema import metadata, reviews, state, tidbits, workspace_files
from mlsteps.record.store import Store, migration_head
from mlsteps.record.tidbits import OFFERED_KEY

if TYPE_CHECKING:
    from mlsteps.engine.catalog import Catalog
    from mlsteps.journey.workspace import Workspace

FORMAT = "mlsteps-journey"
VERSION = 2  # 2: the learner's files too
READABLE = (1, 2)
EXERCISE, NOTEBOOK, PROJECT = "exercise", "notebook", "project"
NOTEBOOKS, PROJECTS = "notebooks", "projects"
# Made again by the tools that made them, never the learner's own: left out of a project.
REGENERATED = {"__pycache__", ".ipynb_checkpoints", ".venv", "venv", "node_modules", ".mypy_cache", ".pytest_cache"}
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


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _file_entry(root: Path, path: Path, kind: str, **about: object) -> dict:
    data = path.read_bytes()
    try:
        content = {"text": data.decode("utf-8")}
    except UnicodeDecodeError:
        content = {"base64": base64.b64encode(data).decode("ascii")}
    executable = bool(path.stat().st_mode & stat.S_IXUSR)
    return {
        "path": path.relative_to(root).as_posix(),
        "kind": kind,
        **about,
        "sha256": _sha(data),
        **({"executable": True} if executable else {}),
        **content,
    }


def _walk(folder: Path, skip: set[str]) -> list[Path]:
    found = []
    for directory, folders, files in os.walk(folder):
        folders[:] = sorted(f for f in folders if f not in skip and not Path(directory, f).is_symlink())
        found += [Path(directory, name) for name in sorted(files) if Path(directory, name).is_file()]
    return [path for path in found if not path.is_symlink()]


def work_files(workspace: Workspace, catalog: Catalog) -> list[dict]:
    """The learner's work in ``workspace``, as export entries: exercise files they changed (with the starter each
    was written against), notebooks they changed or made, and every file of their projects."""
    from mlsteps.journey.workspace import sha
    from mlsteps.notebooks.topics import NEW_NOTEBOOK_SUFFIX, learner_changed

    root = workspace.root
    began = workspace.store.starter_shas()
    entries = []
    for exercise in catalog:
        path = workspace.path_of(exercise)
        if not path.is_file() or path.is_symlink():
            continue
        starter = began.get(exercise.workspace_path)
        if _sha(path.read_bytes()) in {starter, sha(exercise.starter)}:
            continue  # a starter, untouched: the new workspace writes its own
        entries.append(_file_entry(root, path, EXERCISE, exercise=exercise.id, starter_sha=starter))
    for path in _walk(root / NOTEBOOKS, REGENERATED):
        if path.suffix != ".ipynb" or path.name.endswith(NEW_NOTEBOOK_SUFFIX):
            continue
        changed, fingerprint = learner_changed(path)
        if changed:
            entries.append(_file_entry(root, path, NOTEBOOK, fingerprint=fingerprint))
    projects = root / PROJECTS
    for project in sorted(projects.iterdir()) if projects.is_dir() else []:
        if project.is_dir() and not project.is_symlink() and not project.name.startswith("."):  # .NAME.making
            entries += [_file_entry(root, path, PROJECT) for path in _walk(project, REGENERATED)]
    return entries


def journey_data(store: Store, now: dt.datetime | None = None, files: list[dict] | None = None) -> dict:
    """Everything recorded, and the learner's ``files`` (see ``work_files``), as plain JSON data."""
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
        "files": files or [],
    }


def export_to(
    store: Store,
    path: Path,
    now: dt.datetime | None = None,
    workspace: Workspace | None = None,
    catalog: Catalog | None = None,
) -> dict[str, int]:
    """Write the journey to ``path`` (a .json file), with the learner's files when ``workspace`` (and its
    ``catalog``) is given; returns how many rows each table gave, and ``files``: how many files, when given."""
    if path.suffix.lower() != ".json":
        raise BadInput("The journey is written as JSON: name the file with .json, such as my-journey.json.")
    if not path.parent.is_dir():
        raise BadInput(f"The folder {path.parent} does not exist: make it first, or export elsewhere.")
    files = work_files(workspace, catalog) if workspace is not None and catalog is not None else []
    data = journey_data(store, now, files)
    write_atomically(path, json.dumps(data, indent=1, ensure_ascii=False) + "\n")
    counts = {name: len(rows) for name, rows in data["tables"].items()}
    return counts | ({"files": len(files)} if workspace is not None else {})


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


@dataclass(frozen=True)
class WorkFile:
    """One of the learner's files in an export, checked: where it goes, what it holds, what it was written for."""

    path: str
    kind: str
    data: bytes
    executable: bool = False
    exercise: str | None = None
    starter_sha: str | None = None  # the starter an exercise file was written against: its exercise's version


SHA = re.compile(r"[0-9a-f]{64}")


def _safe_path(text: object, kind: str) -> str:
    """A path the export may write inside a workspace, or ``_Corrupt``."""
    if not isinstance(text, str) or not text or "\\" in text or "\x00" in text:
        raise _Corrupt(f"{text!r} is not a path inside a workspace")
    parts = PurePosixPath(text).parts
    if (
        PurePosixPath(text).is_absolute()
        or ":" in parts[0]
        or any(part in ("", ".", "..") for part in parts)
        or text != PurePosixPath(text).as_posix()
        or parts[0] in (STATE_DIR, ".git")
        or len(parts) < 2
    ):
        raise _Corrupt(f"{text!r} is not a path inside a workspace")
    wanted = {NOTEBOOK: parts[0] == NOTEBOOKS and text.endswith(".ipynb"), PROJECT: parts[0] == PROJECTS}
    wanted[EXERCISE] = parts[0] not in (NOTEBOOKS, PROJECTS) and text.endswith(".py")
    if not wanted.get(kind, False):
        raise _Corrupt(f"{text!r} is not where a file of kind {kind!r} goes")
    return text


def _checked_files(data: dict) -> list[WorkFile]:
    files = data.get("files", [])
    if not isinstance(files, list):
        raise _Corrupt("its files are not a list")
    checked, seen = [], set()
    for number, entry in enumerate(files, start=1):
        if not isinstance(entry, dict):
            raise _Corrupt(f"file {number} is not described by an object")
        try:
            kind = entry.get("kind")
            path = _safe_path(entry.get("path"), kind)
            if path.casefold() in seen:
                raise _Corrupt(f"{path} is there twice")
            seen.add(path.casefold())
            if isinstance(entry.get("text"), str) and "base64" not in entry:
                content = entry["text"].encode("utf-8")
            elif isinstance(entry.get("base64"), str) and "text" not in entry:
                try:
                    content = base64.b64decode(entry["base64"], validate=True)
                except binascii.Error:
                    raise _Corrupt(f"{path} is not valid base64") from None
            else:
                raise _Corrupt(f"{path} has no content (text or base64)")
            if entry.get("sha256") != _sha(content):
                raise _Corrupt(f"{path} does not match its SHA-256: it was changed or cut short")
            exercise, starter = entry.get("exercise"), entry.get("starter_sha")
            if kind == EXERCISE and not isinstance(exercise, str):
                raise _Corrupt(f"{path} does not say which exercise it is for")
            if starter is not None and not (isinstance(starter, str) and SHA.fullmatch(starter)):
                raise _Corrupt(f"{path} has a starter_sha that is not a SHA-256")
        except _Corrupt as exc:
            raise _Corrupt(f"file {number}: {exc}") from None
        checked.append(WorkFile(path, kind, content, entry.get("executable") is True, exercise, starter))
    return checked


@dataclass(frozen=True)
class Export:
    version: int
    rows: dict[str, list[dict]]
    files: list[WorkFile]


def read_export(path: Path) -> Export:
    """The rows and files of an export file, every one checked; ``BadInput`` says what is wrong with the file."""
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
    if version not in READABLE or isinstance(version, bool):
        raise BadInput(f"{path} has a journey format version this mlsteps does not know ({version!r}). {damaged}")
    try:
        if version >= 2 and "files" not in data:
            raise _Corrupt("it has no files list")
        return Export(version, _checked_tables(data), _checked_files(data))
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


def _mine_already(workspace: Workspace, catalog: Catalog | None, work: WorkFile, began: dict[str, str]) -> bool:
    """Whether the workspace's own file at ``work.path`` is the learner's work (not a starter, not the same)."""
    from mlsteps.notebooks.topics import learner_changed

    target = workspace.root / work.path
    if not target.exists():
        return False
    if not target.is_file() or target.is_symlink():
        return True
    data = target.read_bytes()
    if data == work.data:
        return False
    if work.kind == EXERCISE:
        starters = {began.get(work.path)}
        if catalog is not None and (exercise := catalog.by_path(work.path)) is not None:
            starters.add(_sha(exercise.starter.encode("utf-8")))
        return _sha(data) not in starters - {None}
    if work.kind == NOTEBOOK:
        return learner_changed(target)[0]
    return True


def _outside(workspace: Workspace, work: WorkFile) -> bool:
    """Whether writing ``work`` would go through a link out of the workspace."""
    root = workspace.root.resolve()
    return not (workspace.root / work.path).parent.resolve().is_relative_to(root) or (
        (workspace.root / work.path).is_symlink()
    )


def _restore(workspace: Workspace, files: list[WorkFile]) -> list[tuple[Path, bytes | None]]:
    """Write the files; returns what each replaced (None: nothing), so that they can be put back."""
    replaced: list[tuple[Path, bytes | None]] = []
    try:
        for work in files:
            target = workspace.root / work.path
            before = target.read_bytes() if target.is_file() else None
            if before == work.data:
                continue
            replaced.append((target, before))
            target.parent.mkdir(parents=True, exist_ok=True)
            temporary = target.with_name(f".{target.name}.importing")
            temporary.write_bytes(work.data)
            if work.executable:
                temporary.chmod(temporary.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
            os.replace(temporary, target)
    except BaseException:
        _put_back(replaced)
        raise
    return replaced


def _put_back(replaced: list[tuple[Path, bytes | None]]) -> None:
    for target, before in reversed(replaced):
        try:
            target.with_name(f".{target.name}.importing").unlink(missing_ok=True)
            if before is None:
                target.unlink(missing_ok=True)
            else:
                target.write_bytes(before)
        except OSError:
            continue


def import_from(
    store: Store, path: Path, workspace: Workspace | None = None, catalog: Catalog | None = None
) -> dict[str, int]:
    """Restore a journey into a store that has none yet, and, given the ``workspace``, the learner's files into it;
    returns how many rows each table received, and ``files``: how many files, when a workspace is given."""
    export = read_export(path)
    rows = export.rows
    already = recorded(store)
    if already:
        listed = ", ".join(f"{count} {name.replace('_', ' ')}" for name, count in already.items())
        raise BadInput(
            f"This workspace already has a journey of its own ({listed}), so nothing was imported or changed. "
            "Import into a new workspace: `mlsteps init NEW-FOLDER`, `cd NEW-FOLDER`, then `mlsteps import FILE`."
        )
    files = export.files if workspace is not None else []
    if workspace is not None:
        began = store.starter_shas()
        outside = [work.path for work in files if _outside(workspace, work)]
        if outside:
            raise BadInput(
                f"{path} cannot be imported: {', '.join(outside)} would be written through a link out of this "
                "workspace. Nothing was changed."
            )
        theirs = [work.path for work in files if _mine_already(workspace, catalog, work, began)]
        if theirs:
            raise BadInput(
                f"This workspace already has work of its own where the export's files go ({', '.join(theirs[:5])}"
                f"{', ...' if len(theirs) > 5 else ''}), so nothing was imported or changed. Import into a new "
                "workspace: `mlsteps init NEW-FOLDER`, `cd NEW-FOLDER`, then `mlsteps import FILE`."
            )
    replaced: list[tuple[Path, bytes | None]] = []
    try:
        with store.engine.begin() as connection:
            connection.execute(tidbits.delete().where(_untouched_starters()))
            replaced_keys = {row["key"] for row in rows["state"]} | {OFFERED_KEY}
            connection.execute(state.delete().where(state.c.key.in_(replaced_keys)))
            for table in metadata.sorted_tables:
                if table.name in EXPORTED and rows[table.name]:
                    connection.execute(table.insert(), rows[table.name])
            # Each exercise file remembers the starter it was written against, so the next `init` offers a newer
            # starter beside it, as it would have on the first machine.
            known = [work for work in files if work.kind == EXERCISE and work.starter_sha is not None]
            if known:
                connection.execute(workspace_files.delete().where(workspace_files.c.path.in_([w.path for w in known])))
                connection.execute(
                    workspace_files.insert(),
                    [{"path": w.path, "exercise_id": w.exercise, "starter_sha": w.starter_sha} for w in known],
                )
            if workspace is not None:
                replaced = _restore(workspace, files)  # before the commit: a failure here rolls the rows back
    except sa.exc.IntegrityError as exc:  # the whole transaction was rolled back
        _put_back(replaced)
        raise BadInput(
            f"{path} cannot be imported: its rows contradict each other ({exc.orig}). "
            "It may be damaged: export it again from the original workspace. Nothing was changed."
        ) from None
    except BaseException:
        _put_back(replaced)
        raise
    counts = {name: len(found) for name, found in rows.items()}
    return counts | ({"files": len(files)} if workspace is not None else {})
