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

import threading
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from mlsteps.engine.catalog import UnknownExercise
from mlsteps.engine.exercise import CatalogError
from mlsteps.engine.judge import ExerciseBroken
from mlsteps.engine.runner import WorkerUnavailable
from mlsteps.interfaces.web.guard import Guard
from mlsteps.interfaces.web.live import Live
from mlsteps.interfaces.web.rendering import environment, render
from mlsteps.record.inputs import BadInput
from mlsteps.record.resources import ResourcesBroken
from mlsteps.record.store import StoreError

STATIC = Path(__file__).resolve().parent / "static"
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
