"""The web page's application: ``create_app(workspace_root, token)`` gives a FastAPI app serving one workspace.

One live :class:`~mlsteps.journey.journey.Journey` per server, so the judge's worker and the reference results stay
warm between checks, as in ``mlsteps watch``. FastAPI runs plain ``def`` endpoints in a thread pool, so every use of
the journey goes through one lock (:meth:`Live.use`). The journey is closed when the server stops (lifespan).
"""

from __future__ import annotations

import threading
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from mlsteps.engine.catalog import UnknownExercise
from mlsteps.engine.exercise import CatalogError
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


class Live:
    """The server's one journey, shared by every request, one request at a time."""

    def __init__(self, root: Path) -> None:
        self._journey = Journey(Workspace.find(root))  # its catalog includes the workspace's courses, if any
        self.catalog = self._journey.catalog
        self._lock = threading.RLock()
        self.root = self._journey.workspace.root

    @contextmanager
    def use(self) -> Iterator[Journey]:
        with self._lock:
            yield self._journey

    def path_of(self, exercise_id: str) -> Path:
        """The learner's file for an exercise, from the catalog. Takes no lock (it reads nothing that changes), so the
        event loop never waits behind a long check."""
        return self._journey.workspace.path_of(self.catalog.get(exercise_id))

    def close(self) -> None:
        with self._lock:
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
            request, 503, f"The checker could not run ({exc}). Run `mlsteps doctor` to see what is missing."
        )

    for broken in (CatalogError, ExerciseBroken, ResourcesBroken):

        @app.exception_handler(broken)
        async def ours(request: Request, exc: Exception) -> HTMLResponse | JSONResponse:
            return _problem(request, 500, f"mlsteps's own content has a problem (not your fault): {exc}")

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
