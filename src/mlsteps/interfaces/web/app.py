"""The web page's application: ``create_app(workspace_root, token)`` gives a FastAPI app serving one workspace.

One live :class:`~mlsteps.journey.journey.Journey` per server, so the judge's worker and the reference results stay
warm between checks, as in ``mlsteps watch``. FastAPI runs plain ``def`` endpoints in a thread pool, and a check runs
beside the pages, not in front of them: reading the journey takes no lock (:meth:`Live.use`: the store is SQLite in
WAL mode behind SQLAlchemy's pool, safe from many threads), writing the store takes one short lock
(:meth:`Live.writing`), and learner code holds only its own worker (:meth:`Live.judging`: one job at a time per
worker, as the worker runs one child at a time), where it can be cancelled (:meth:`Live.cancel`). The journey is
closed when the server stops (lifespan).
"""

from __future__ import annotations

import secrets
import threading
import time
from collections.abc import AsyncIterator, Iterator, Sequence
from contextlib import asynccontextmanager, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from mlsteps.engine.catalog import UnknownExercise
from mlsteps.engine.exercise import CatalogError, Exercise
from mlsteps.engine.judge import ExerciseBroken
from mlsteps.engine.runner import WorkerUnavailable
from mlsteps.interfaces.web.guard import Guard
from mlsteps.interfaces.web.rendering import environment, render
from mlsteps.journey.journey import Journey
from mlsteps.journey.workspace import Workspace
from mlsteps.record.inputs import BadInput
from mlsteps.record.resources import ResourcesBroken
from mlsteps.record.store import StoreError

STATIC = Path(__file__).resolve().parent / "static"
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


def _api(request: Request) -> bool:
    return request.url.path.startswith("/api/")


def _problem(request: Request, status_code: int, message: str, **extra: Any) -> HTMLResponse | JSONResponse:
    if _api(request):
        return JSONResponse({"error": message, **extra}, status_code=status_code)
    return render(
        request,
        "problem.html",
        status_code,
        **{"message": message, "page": "", "suggestions": [], "status": status_code, **extra},
    )


def _unreadable(errors: Sequence[Any]) -> tuple[int, str]:
    """What was wrong with a request, in words, and never what it held: FastAPI's own answer would send the whole
    body back (a 2 MB paste, echoed)."""
    first = errors[0] if errors else {}
    where = [str(part) for part in first.get("loc", ()) if part != "body"]
    if first.get("type") == "string_too_long":
        limit = first.get("ctx", {}).get("max_length", 0)
        given = first.get("input")
        size = f" ({len(given):,} characters)" if isinstance(given, str) else ""
        if where == ["code"]:
            return 413, (
                f"That is too much code to keep{size}: a file may hold up to {limit:,} characters. Was something "
                "pasted twice? Nothing was saved."
            )
        return 413, f"The {' '.join(where) or 'text'} is too long{size}: up to {limit:,} characters. Nothing was saved."
    message = str(first.get("msg", "it is not what this page sends"))
    return 400, f"That could not be read ({' '.join(where) or 'the request'}: {message}). Nothing was changed."


def _handlers(app: FastAPI) -> None:
    @app.exception_handler(UnknownExercise)
    async def unknown(request: Request, exc: UnknownExercise) -> HTMLResponse | JSONResponse:
        return _problem(request, 404, f"There is no exercise called '{exc.wanted}'.", suggestions=exc.suggestions)

    @app.exception_handler(BadInput)
    async def bad_input(request: Request, exc: BadInput) -> HTMLResponse | JSONResponse:
        return _problem(request, 400, str(exc))

    @app.exception_handler(StoreError)
    async def store(request: Request, exc: StoreError) -> HTMLResponse | JSONResponse:
        return _problem(request, 500, str(exc))

    @app.exception_handler(WorkerUnavailable)
    async def worker(request: Request, exc: WorkerUnavailable) -> HTMLResponse | JSONResponse:
        return _problem(
            request, 503, f"The checker could not run ({exc}). `mlsteps doctor`, in a terminal, says what is missing."
        )

    for broken in (CatalogError, ExerciseBroken, ResourcesBroken):

        @app.exception_handler(broken)
        async def ours(request: Request, exc: Exception) -> HTMLResponse | JSONResponse:
            return _problem(request, 500, f"mlsteps's own content has a problem (not your fault): {exc}")

    @app.exception_handler(RequestValidationError)
    async def unreadable(request: Request, exc: RequestValidationError) -> HTMLResponse | JSONResponse:
        return _problem(request, *_unreadable(exc.errors()))

    @app.exception_handler(StarletteHTTPException)
    async def http(request: Request, exc: StarletteHTTPException) -> HTMLResponse | JSONResponse:
        if exc.status_code == 404:
            return _problem(request, 404, "There is nothing at this address.")
        return _problem(request, exc.status_code, str(exc.detail))


def create_app(workspace_root: Path, token: str) -> FastAPI:
    """The page of the workspace at (or above) ``workspace_root``; every request must carry ``token``."""
    from mlsteps.interfaces.web import api, pages

    live = Live(workspace_root)
    stopping = threading.Event()  # set when the server stops, so the live-reload streams end at once

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        try:
            yield
        finally:
            stopping.set()
            live.close()

    app = FastAPI(title="mlsteps", lifespan=lifespan, docs_url=None, redoc_url=None, openapi_url=None)
    app.state.live = live
    app.state.token = token
    app.state.stopping = stopping
    app.state.templates = environment()
    app.include_router(pages.router)
    app.include_router(api.router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    _handlers(app)
    app.add_middleware(Guard, token=token)
    return app
