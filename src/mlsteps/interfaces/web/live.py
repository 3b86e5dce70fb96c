"""The server's one journey, shared by every request, and the checks and runs in progress that Cancel stops.

Pages read the journey without a lock, so none waits behind a check; writes to the store take a short lock; a
check or a run holds only the worker it runs in (:meth:`Live.judging`), as a :class:`Job` that :meth:`Live.cancel`
can stop, even when the Cancel arrives before the check it names.
"""

from __future__ import annotations

import secrets
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from mlsteps.engine.exercise import Exercise
from mlsteps.journey.journey import Journey
from mlsteps.journey.workspace import Workspace

GRADEBOOK_SECONDS = 2.0
EARLY_CANCEL_SECONDS = 10.0  # how long a Cancel waits for the check it names to arrive


class Cancelled(Exception):
    """The learner cancelled a check or a run before it had its worker."""


@dataclass
class Job:
    """A check or a run in progress: what the page's Cancel stops."""

    key: str  # the page's own name for it, so that Cancel stops this one and not another tab's
    exercise: Exercise
    kind: str  # "check" or "run"
    started: float = field(default_factory=time.monotonic)
    cancelled: threading.Event = field(default_factory=threading.Event)
    running: bool = False  # it holds its worker now


class Live:
    """The server's one journey, shared by every request: read without a lock, written under a short one."""

    CANCEL_SECONDS = 3.0  # how long Cancel keeps stopping a job's children before it gives up

    def __init__(self, root: Path) -> None:
        self._journey = Journey(Workspace.find(root))  # its catalog includes the workspace's courses, if any
        self.catalog = self._journey.catalog
        self._writing = threading.RLock()
        self._workers: dict[tuple[str, ...], threading.Lock] = {}
        self._jobs: list[Job] = []
        self._jobs_lock = threading.Lock()
        self._early: dict[tuple[str, str], float] = {}  # jobs cancelled before they arrived, and when
        self._journey.judge  # noqa: B018 - made now, so that two first checks never make two judges
        self.root = self._journey.workspace.root
        self._gradebook: tuple[float, bool] = (-1e9, False)

    @property
    def journey(self) -> Journey:
        return self._journey

    @contextmanager
    def use(self) -> Iterator[Journey]:
        """The journey, to read: no lock, so no page waits behind a check."""
        yield self._journey

    @contextmanager
    def writing(self) -> Iterator[Journey]:
        """The journey, to write the store: one writer at a time, each for a few milliseconds."""
        with self._writing:
            yield self._journey

    @contextmanager
    def judging(self, exercise: Exercise, kind: str, key: str | None = None) -> Iterator[Job]:
        """Hold the worker that runs this exercise's kind of code for a check or a run, as a :class:`Job` that
        :meth:`cancel` can stop. Jobs for one worker take turns (it runs one child at a time); a job cancelled while
        it waits raises :class:`Cancelled`."""
        job = Job(key or secrets.token_hex(8), exercise, kind)
        with self._jobs_lock:
            if self._early.pop((exercise.id, job.key), None) is not None:
                job.cancelled.set()  # its Cancel came before it did
            self._jobs.append(job)
            worker = self._workers.setdefault(exercise.preload, threading.Lock())
        try:
            while not worker.acquire(timeout=0.1):
                if job.cancelled.is_set():
                    raise Cancelled
            try:
                if job.cancelled.is_set():
                    raise Cancelled
                job.running = True
                yield job
            finally:
                job.running = False
                worker.release()
        finally:
            with self._jobs_lock:
                self._jobs.remove(job)

    def cancel(self, exercise_id: str, key: str | None = None) -> bool:
        """Stop the checks and runs of an exercise (only the page's own, when it names its ``key``): one still
        waiting for its worker never starts; one running has its learner's process killed. False when none ran."""
        with self._jobs_lock:
            chosen = [job for job in self._jobs if job.exercise.id == exercise_id and key in (None, job.key)]
            now = time.monotonic()
            self._early = {named: at for named, at in self._early.items() if now - at < EARLY_CANCEL_SECONDS}
            if not chosen and key is not None:  # the check it names may not have reached the server yet
                self._early[(exercise_id, key)] = now
        for job in chosen:
            job.cancelled.set()
        deadline = time.monotonic() + self.CANCEL_SECONDS
        for job in chosen:
            runner = self._journey.judge.runner(job.exercise)
            # Again until the job lets its worker go: a job may fork a timing child after its first child is killed.
            while job.running and time.monotonic() < deadline:
                runner.cancel()
                time.sleep(0.02)
        return bool(chosen)

    def has_gradebook(self) -> bool:
        """Whether a mentor's gradebook has any grade in this workspace (asked at most every few seconds: every page
        shows the Cohort tab only where there is one)."""
        seen_at, found = self._gradebook
        if time.monotonic() - seen_at < GRADEBOOK_SECONDS:
            return found
        try:
            import sqlalchemy as sa

            from mlsteps.record.schema import grades

            with self._journey.store.engine.connect() as connection:
                found = connection.execute(sa.select(grades.c.id).limit(1)).first() is not None
        except Exception:  # no grades table yet, a store that cannot be read: no gradebook to show
            found = False
        self._gradebook = (time.monotonic(), found)
        return found

    def path_of(self, exercise_id: str) -> Path:
        """The learner's file for an exercise, from the catalog (it reads nothing that changes)."""
        return self._journey.workspace.path_of(self.catalog.get(exercise_id))

    def close(self) -> None:
        with self._jobs_lock:
            running = {job.exercise.id for job in self._jobs}
        for exercise_id in running:
            self.cancel(exercise_id)
        with self._writing:
            self._journey.close()
