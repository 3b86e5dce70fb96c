"""Grades saved as they are decided: a grading run stopped half-way keeps what it graded.

A :class:`Recorder` takes each grade from the grading threads and writes it to the gradebook from a thread of its
own, in one transaction with whatever else has arrived meanwhile: a grade waits at most for the commit before it,
and a cohort costs a handful of commits rather than one per grade. The gradebook is opened when the first grade
arrives (importing SQLAlchemy while grading starts would hold the interpreter's lock the start needs) and may still
be opening when later grades come: the recorder waits for it, and keeps nothing if it never opens.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from typing import Any

from mlsteps.cohorts.grades import UNKNOWN, GradeResult

_DONE = object()


class Recorder:
    """Writes grades to a store as they come; ``close()`` waits for the last of them and says whether all were kept."""

    def __init__(self, store: Callable[[], Any]) -> None:
        """``store``: gives the open store (blocking until it is open); raising means there is no gradebook."""
        self._store = store
        self._queue: queue.SimpleQueue[object] = queue.SimpleQueue()
        self.saved = 0
        self.problem: BaseException | None = None
        self._thread = threading.Thread(target=self._write, name="gradebook-recorder", daemon=True)
        self._thread.start()

    def add(self, result: GradeResult) -> None:
        if result.verdict != UNKNOWN:  # an exercise that does not exist has no row to keep
            self._queue.put(result)

    def _write(self) -> None:
        first = self._queue.get()  # the database layer is imported and opened only now: not during grading's start
        from mlsteps.cohorts import gradebook

        try:
            store = self._store()
        except BaseException as exc:  # typer.Exit too: the caller reports it
            self.problem = exc
            store = None
        finished = False
        while not finished:
            batch = [first] if first is not None else [self._queue.get()]
            first = None
            while True:
                try:
                    batch.append(self._queue.get_nowait())
                except queue.Empty:
                    break
            finished = _DONE in batch
            results = [item for item in batch if item is not _DONE]
            if store is None or self.problem is not None or not results:
                continue
            try:
                gradebook.record(store, results)  # type: ignore[arg-type]
                self.saved += len(results)
            except Exception as exc:  # a database that fails mid-run: what was saved stays saved
                self.problem = exc

    def close(self) -> bool:
        """Wait until every grade added so far is written; True if all of them were."""
        self._queue.put(_DONE)
        self._thread.join()
        return self.problem is None
