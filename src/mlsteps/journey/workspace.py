"""The learner's workspace: a folder with ``mlsteps.toml``, their exercise files, and the store in ``.mlsteps/``.

Commands find it by walking up from the current folder, as git does. ``init`` writes a starter for every
exercise and, run again after an upgrade, adds what is new without ever overwriting a file the learner touched:
a changed starter goes beside their file instead.
"""

from __future__ import annotations

import hashlib
import json
import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from mlsteps.engine.catalog import Catalog
from mlsteps.engine.exercise import Exercise
from mlsteps.record.files import STATE_DIR, write_atomically

if TYPE_CHECKING:
    from mlsteps.record.store import Store

CONFIG = "mlsteps.toml"
DEFAULT_NAME = "my-ml-journey"
NEW_STARTER_SUFFIX = ".new-starter.py"
COURSES_KEY = "courses"

CONFIG_TEXT = """\
# Your mlsteps workspace. Edit freely; mlsteps only reads this file.
[learner]
name = ""
hours_per_week = 5

[store]
# Any SQLAlchemy URL; a relative SQLite path is relative to this folder.
url = "sqlite:///.mlsteps/journey.db"
"""


class NoWorkspace(LookupError):
    """Raised outside a workspace; the message says how to make one or where the default one is."""


def sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def default_location() -> Path:
    """Where ``mlsteps start`` makes a workspace when it is not run inside one."""
    return Path(os.environ.get("MLSTEPS_WORKSPACE", Path.home() / DEFAULT_NAME)).expanduser()


def find_root(start: Path | None = None) -> Path | None:
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / CONFIG).is_file():
            return folder
    return None


@dataclass
class InitReport:
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)  # untouched starters replaced by their new version
    beside: list[str] = field(default_factory=list)  # new starters written next to a file the learner changed


class Workspace:
    def __init__(self, root: Path) -> None:
        self.root = root.resolve()
        config_path = self.root / CONFIG
        try:
            self.config = tomllib.loads(config_path.read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError as exc:
            raise NoWorkspace(f"{config_path} is not valid TOML ({exc}). Fix that line, or remove the file.") from exc
        self._store: Store | None = None
        # The SHA-256 of each learner file read, by what the kernel says of the file (inode, size, time to the
        # nanosecond): a page that asks every exercise's status then reads only the files that changed.
        self._shas: dict[Path, tuple[tuple[int, int, int], str]] = {}

    @classmethod
    def find(cls, start: Path | None = None) -> Workspace:
        """The workspace around ``start`` (or the current folder), found by walking up as git does; outside any,
        the one ``MLSTEPS_WORKSPACE`` names, or the default ``~/my-ml-journey`` once ``mlsteps start`` made it."""
        root = find_root(start)
        if root is None and start is None and (default_location() / CONFIG).is_file():
            root = default_location()
        if root is None:
            raise NoWorkspace(
                "This folder is not inside an mlsteps workspace. Run `mlsteps start` to make one and begin, or "
                "`mlsteps init DIR` to make one in DIR (set MLSTEPS_WORKSPACE=DIR to use it from anywhere)."
            )
        return cls(root)

    @property
    def store_url(self) -> str:
        return self.config.get("store", {}).get("url", "sqlite:///.mlsteps/journey.db")

    @property
    def store_file(self) -> Path | None:
        """The store's SQLite file (a relative path is relative to the workspace); None for a database server."""
        url = self.store_url
        if not url.startswith("sqlite:///") or url == "sqlite:///:memory:":
            return None
        path = Path(url.removeprefix("sqlite:///"))
        return path if path.is_absolute() else self.root / path

    @property
    def store(self) -> Store:
        if self._store is None:
            from mlsteps.record.store import Store  # SQLAlchemy: only once the store is needed

            path = self.store_file
            self._store = Store.at(path, self.root) if path is not None else Store(self.store_url, self.root)
        return self._store

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None

    def course_folders(self) -> list[Path]:
        """The mentors' courses added with ``mlsteps course add`` that are still where they were."""
        recorded = json.loads(self.store.get_state(COURSES_KEY) or "[]")
        return [Path(folder) for folder in recorded if Path(folder).is_dir()]

    def add_course(self, folder: Path) -> None:
        recorded = json.loads(self.store.get_state(COURSES_KEY) or "[]")
        if str(folder) not in recorded:
            self.store.set_state(COURSES_KEY, json.dumps([*recorded, str(folder)]))

    def path_of(self, exercise: Exercise) -> Path:
        return self.root / exercise.workspace_path

    def is_untouched(self, exercise: Exercise, starter_shas: dict[str, str] | None = None) -> bool:
        """True while the learner's file is still the starter it began as."""
        path = self.path_of(exercise)
        recorded = (starter_shas or {}).get(exercise.workspace_path) or self.store.starter_sha(exercise.workspace_path)
        return recorded is not None and self.file_sha(path) == recorded

    def file_sha(self, path: Path) -> str | None:
        """The SHA-256 of a learner file's text (None when it cannot be read), read again only when it changed."""
        try:
            status = path.stat()
            key = (status.st_ino, status.st_size, status.st_mtime_ns)
            known = self._shas.get(path)
            if known is not None and known[0] == key:
                return known[1]
            found = sha(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError):
            return None
        self._shas[path] = (key, found)
        return found

    def sync(self, catalog: Catalog) -> InitReport:
        """Write every exercise's starter that is missing; bring untouched ones up to date; never overwrite work."""
        report = InitReport()
        (self.root / "notebooks").mkdir(exist_ok=True)
        (self.root / "projects").mkdir(exist_ok=True)
        recorded = self.store.starter_shas()
        for exercise in catalog:
            starter = exercise.starter
            new_sha = sha(starter)
            relative = exercise.workspace_path
            path = self.path_of(exercise)
            old_sha = recorded.get(relative)
            if not path.exists():
                write_atomically(path, starter)
                report.created.append(relative)
            elif old_sha == new_sha:
                continue
            else:
                current = sha(path.read_text(encoding="utf-8", errors="replace"))
                if current == new_sha or old_sha is None:
                    pass  # already the new starter; or the learner's work begun on a starter we cannot tell: kept
                elif current == old_sha:
                    write_atomically(path, starter)
                    report.updated.append(relative)
                else:
                    beside = path.with_name(path.stem + NEW_STARTER_SUFFIX)
                    write_atomically(beside, starter)
                    report.beside.append(str(beside.relative_to(self.root)))
            self.store.set_starter_sha(relative, exercise.id, new_sha)
        from mlsteps.notebooks.topics import write_notebooks  # nbformat is only needed here

        notebooks = write_notebooks(self.root, catalog)
        report.created += notebooks.created
        report.beside += notebooks.beside
        return report


def create(root: Path, catalog: Catalog) -> tuple[Workspace, InitReport]:
    """Make (or bring up to date) a workspace at ``root``."""
    root.mkdir(parents=True, exist_ok=True)
    if not (root / CONFIG).exists():
        write_atomically(root / CONFIG, CONFIG_TEXT)
    (root / STATE_DIR).mkdir(exist_ok=True)
    workspace = Workspace(root)
    return workspace, workspace.sync(catalog)
