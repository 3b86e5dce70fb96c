"""What went wrong with the disk under a learner's record, named for what it is, with what to do about it.

A full disk, a file-size limit (``ulimit -f``), a folder the learner may not write (a read-only disk, another
owner), a damaged file, a file that is not a store at all: each is told apart from the error SQLite (or the
operating system) gives, and from a look at the disk itself where the error alone cannot tell (SQLite reports a
file-size limit as a full disk or a plain write error). Only a file that is not a store is worth moving aside
to start afresh; every other message keeps the learner's record where it is.
"""

from __future__ import annotations

import errno
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

FULL = "disk full"
TOO_LARGE = "file too large"
READ_ONLY = "read-only"
DAMAGED = "damaged"
NOT_A_STORE = "not a store"
BUSY = "busy"
FAILING = "input/output error"
NO_FOLDER = "no such folder"
UNREADABLE = "unreadable"  # anything else that stops a store from opening

SQLITE_HEADER = b"SQLite format 3\x00"
# SQLite's primary result codes (the low byte of an extended one).
_SQLITE = {
    13: FULL,  # SQLITE_FULL (also what a file-size limit gives, through a short write)
    10: FAILING,  # SQLITE_IOERR, and its extended codes
    8: READ_ONLY,  # SQLITE_READONLY
    3: READ_ONLY,  # SQLITE_PERM
    14: READ_ONLY,  # SQLITE_CANTOPEN: a folder it may not write (the -wal and -shm files beside the store)
    11: DAMAGED,  # SQLITE_CORRUPT
    26: NOT_A_STORE,  # SQLITE_NOTADB: told apart from a damaged store by the file's first bytes
    5: BUSY,
    6: BUSY,
}
_ERRNO = {
    errno.ENOSPC: FULL,
    errno.EDQUOT: FULL,
    errno.EFBIG: TOO_LARGE,
    errno.EROFS: READ_ONLY,
    errno.EACCES: READ_ONLY,
    errno.EPERM: READ_ONLY,
    errno.EIO: FAILING,
}
# PostgreSQL's SQLSTATEs for the same troubles, on the server's side.
_SQLSTATE = {
    "53100": FULL,
    "25006": READ_ONLY,
    "42501": READ_ONLY,
    "XX001": DAMAGED,
    "XX002": DAMAGED,
    "58030": FAILING,
}
ROOM = 1024 * 1024  # a disk with less free than this is full, as far as a store is concerned


@dataclass(frozen=True)
class Trouble:
    kind: str
    message: str


def _files_of(store: Path) -> list[Path]:
    return [store, store.with_name(store.name + "-wal"), store.with_name(store.name + "-journal")]


def _size_limit() -> int | None:
    try:
        import resource
    except ImportError:  # Windows has no rlimits
        return None
    soft, _hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    return None if soft == resource.RLIM_INFINITY else soft


def _free(folder: Path) -> int | None:
    try:
        return shutil.disk_usage(folder).free
    except OSError:
        return None


def _mounted_read_only(folder: Path) -> bool:
    try:
        return bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
    except (OSError, AttributeError):
        return False


def _owner(path: Path) -> str:
    try:
        import pwd

        return pwd.getpwuid(path.stat().st_uid).pw_name
    except (ImportError, KeyError, OSError):
        return "another user"


def _existing(path: Path) -> Path:
    """``path``, or the nearest folder above it that exists (what the disk can be asked about)."""
    for candidate in (path, *path.parents):
        if candidate.exists():
            return candidate
    return path


def refine(kind: str, path: Path) -> str:
    """Look at the disk where the error alone cannot say: a file-size limit, a full or read-only disk."""
    folder = _existing(path if path.is_dir() else path.parent)
    if kind == READ_ONLY and not path.parent.exists():  # SQLite cannot open a file in a folder that is not there
        return NO_FOLDER
    if kind in (FULL, FAILING, TOO_LARGE):
        limit = _size_limit()
        if limit is not None and any(p.is_file() and p.stat().st_size + 2 * 65536 >= limit for p in _files_of(path)):
            return TOO_LARGE
        if kind == TOO_LARGE:
            return TOO_LARGE
        free = _free(folder)
        if free is not None and free < ROOM:
            return FULL
        if _mounted_read_only(folder):
            return READ_ONLY
    if kind == NOT_A_STORE and path.is_file():
        try:
            with path.open("rb") as opened:
                header = opened.read(len(SQLITE_HEADER))
        except OSError:
            return kind
        return DAMAGED if header == SQLITE_HEADER else NOT_A_STORE
    return kind


def kind_of(exc: BaseException) -> str | None:
    """The kind of storage trouble an exception reports, or None when it is not one (a bug, a constraint...)."""
    code = getattr(exc, "sqlite_errorcode", None)
    if isinstance(code, int):
        return _SQLITE.get(code & 0xFF)
    state = getattr(exc, "sqlstate", None) or getattr(exc, "pgcode", None)
    if isinstance(state, str):
        return _SQLSTATE.get(state)
    if isinstance(exc, OSError):
        return _ERRNO.get(exc.errno) if exc.errno is not None else None
    return None


def _size(limit: int) -> str:
    return f"{limit / 2**20:.1f} MB" if limit >= 2**20 else f"{limit} bytes"


def explain(kind: str, path: Path, detail: str = "", workspace: Path | None = None) -> str:
    """What happened to ``path`` and what to do, in words a learner can act on."""
    said = f" ({detail})" if detail else ""
    folder = _existing(path.parent)
    root = workspace or folder
    kept = "Nothing already recorded was lost: a change that cannot be written whole is not written at all."
    if kind == FULL:
        return (
            f"The disk holding {folder} is full, so {path.name} could not be written{said}. {kept} Free some space "
            "on that disk (large downloads, the trash, old virtual environments or caches), then run the command "
            "again."
        )
    if kind == TOO_LARGE:
        limit = _size_limit()
        return (
            f"{path} could not grow: this session may only write files up to "
            f"{_size(limit) if limit is not None else 'a set size'} (the file-size limit, `ulimit -f`){said}. {kept} "
            "Raise the limit (`ulimit -f unlimited` in the shell, or ask whoever set it), then run the command again."
        )
    if kind == READ_ONLY:
        still = "`mlsteps list`, `progress` and `export` still work; only recording needs to write."
        if _mounted_read_only(folder):
            return (
                f"{folder} is on a disk mounted read-only, so {path.name} cannot be written{said}. {still} To record "
                "again, remount that disk writable, or copy the whole workspace folder to a writable disk and work "
                "there."
            )
        return (
            f"You may not write {path}: it or its folder belongs to {_owner(_existing(path))}, or its permissions "
            f"forbid writing{said}. {still} To record again, make the workspace yours: "
            f"`sudo chown -R \"$USER\" '{root}'` (or `chmod -R u+w '{root}'`)."
        )
    if kind == DAMAGED:
        return (
            f"Your journey store at {path} is damaged{said}. Nothing in it was changed. Run `mlsteps doctor "
            "--recover`: it copies everything still readable into a new store and keeps the damaged file beside "
            "it. Your exercise files are not affected."
        )
    if kind == BUSY:
        return (
            f"Another mlsteps (a `watch`, a notebook, the web page or a grader) kept {path} locked for too long"
            f"{said}. Nothing was changed. Run the command again in a moment."
        )
    if kind == FAILING:
        return (
            f"Reading or writing {path} failed{said}: the disk may be failing, or was removed. Copy the whole "
            "workspace folder somewhere safe now, then run `mlsteps doctor`."
        )
    if kind == NO_FOLDER:
        return (
            f"The folder {path.parent} does not exist, so {path.name} cannot be opened there{said}. Make the folder, "
            "or give another path."
        )
    if kind == NOT_A_STORE:
        return (
            f"{path} cannot be read as a journey store: it is not an SQLite database at all{said}. Nothing in it "
            "was changed. Move it aside (keep it, in case it matters) and run the command again for a fresh store:\n"
            f"    mv '{path}' '{path}.not-a-store'\n"
            "Your exercise files are not affected."
        )
    return f"Your journey store at {path} cannot be read{said}. Nothing in it was changed. Run `mlsteps doctor`."


def trouble(exc: BaseException, path: Path, workspace: Path | None = None) -> Trouble | None:
    """The storage trouble behind ``exc`` at ``path``, named and explained; None when it is not one."""
    kind = kind_of(exc)
    if kind is None:
        return None
    kind = refine(kind, path)
    detail = str(exc).strip() or type(exc).__name__
    return Trouble(kind, explain(kind, path, detail, workspace))


def server_trouble(exc: BaseException, where: str) -> Trouble | None:
    """The same for a database server: there is nothing on this machine to fix, only someone to tell."""
    kind = kind_of(exc)
    if kind is None:
        return None
    said = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    what = {
        FULL: "its disk is full",
        READ_ONLY: "it refuses to write for this user (read-only, or no permission)",
        DAMAGED: "it reports damaged data",
        FAILING: "it reports an input/output error",
        BUSY: "it kept the tables locked",
    }.get(kind, "it failed")
    return Trouble(
        kind,
        f"The database at {where} could not record this: {what} ({said}). Nothing already recorded was lost. "
        "Tell whoever runs that server, then run the command again.",
    )
