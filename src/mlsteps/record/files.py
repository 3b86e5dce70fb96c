"""Where a workspace keeps its state, and how every file of the record is written: whole, or not at all."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

STATE_DIR = ".mlsteps"  # inside a workspace: the store, caches, backups, gathered notebook code


def write_atomically(path: Path, text: str) -> None:
    """Write through a temporary file and rename it, so a crash leaves either the old file or the new one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.tmp")
    try:
        temporary.write_text(text, encoding="utf-8")
        os.replace(temporary, path)
    except BaseException as exc:  # a full disk, a file-size limit: no half-written temporary file left behind
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)
        if isinstance(exc, OSError) and exc.filename is None:
            exc.filename = str(path)  # a failed write names no file: say which one it was
        raise
