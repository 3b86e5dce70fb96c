"""Live reload: a stream of server-sent events that says when an exercise's file changed on disk.

The learner may edit the file in their own editor while the page is open; the page then shows the new text. The
folder holding the file is watched (``watchfiles``), not the file itself, since editors and ``write_atomically``
replace a file by renaming another onto it. The file is also read each time the watch wakes up (every second), so
a change made while the watch was starting is not missed. The stream ends when the client goes away or the server
stops, and a comment line every 15 seconds keeps it open through proxies and sleeping laptops.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path

HEARTBEAT_SECONDS = 15.0
TICK_MS = 1000  # how often the watch wakes up to notice a client that left or a server that stops
DEBOUNCE_MS = 300


class _Stop:
    """Stops one stream: when the server stops, or when this stream ends (watchfiles sets it on cancellation)."""

    def __init__(self, server: threading.Event) -> None:
        self.server = server
        self.local = threading.Event()

    def is_set(self) -> bool:
        return self.server.is_set() or self.local.is_set()

    def set(self) -> None:
        self.local.set()


def read_learner_file(path: Path) -> str | None:
    """The learner's file as text (undecodable bytes shown as �), or None when it cannot be read."""
    try:
        return path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None


def event(name: str, data: object) -> str:
    """One server-sent event; the JSON holds no raw newline, so it is one ``data:`` line."""
    return f"event: {name}\ndata: {json.dumps(data)}\n\n"


async def file_changes(
    path: Path,
    stopping: threading.Event,
    is_disconnected: Callable[[], Awaitable[bool]] | None = None,
    heartbeat: float = HEARTBEAT_SECONDS,
    tick_ms: int = TICK_MS,
) -> AsyncIterator[str]:
    """Events for ``path``: ``changed`` (with ``text``) each time its text differs from the last seen."""
    from watchfiles import awatch

    stop = _Stop(stopping)
    last = read_learner_file(path)
    yield "retry: 2000\n\n"
    if not path.parent.is_dir():
        yield event("missing", {"folder": path.parent.name})
        return
    beat = time.monotonic()
    try:
        async for changes in awatch(
            path.parent,
            watch_filter=lambda _change, changed: Path(changed).name == path.name,
            debounce=DEBOUNCE_MS,
            step=50,
            rust_timeout=tick_ms,
            yield_on_timeout=True,
            stop_event=stop,
            recursive=False,
        ):
            if is_disconnected is not None and await is_disconnected():
                return
            # On every wake-up, not only on a change: a change made while the watch was starting is caught too.
            text = read_learner_file(path)
            if text is not None and text != last:
                last = text
                yield event("changed", {"text": text})
            elif not changes and time.monotonic() - beat >= heartbeat:
                beat = time.monotonic()
                yield ": still watching\n\n"
    finally:
        stop.set()
