"""What the page's buttons call: save and check an exercise, hints and solutions, marks, ratings, tidbits, a plan.

Everything that changes something is a POST (the guard wants the token in a header for those). Learner code never
runs here: a check goes through the journey to the judge, which runs it in a worker process, as everywhere. The
file written is always the one the catalog names for the exercise; the request gives only the id.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TypeVar

from fastapi import APIRouter, Request
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, Field

from mlsteps.engine.exercise import Exercise
from mlsteps.engine.tryout import CELL_LIMIT
from mlsteps.interfaces.web.events import file_changes
from mlsteps.interfaces.web.live import Cancelled, Live
from mlsteps.interfaces.web.words import error_marks, for_the_page
from mlsteps.journey.journey import Journey
from mlsteps.record.files import write_atomically
from mlsteps.record.inputs import BadInput, utc_now

router = APIRouter(prefix="/api")
CODE_LIMIT = 1_000_000  # characters: far beyond any exercise, small enough to refuse a runaway paste


class Code(BaseModel):
    code: str | None = Field(default=None, max_length=CODE_LIMIT)
    job: str | None = Field(default=None, max_length=64)  # the page's name for this check, for its Cancel


class Run(BaseModel):
    code: str | None = Field(default=None, max_length=CODE_LIMIT)  # the editor's text, saved first
    cell: str | None = Field(default=None, max_length=CELL_LIMIT)  # scratch code to run after the file
    job: str | None = Field(default=None, max_length=64)


class JobName(BaseModel):
    job: str | None = Field(default=None, max_length=64)


class ResourceMark(BaseModel):
    status: str


class Rating(BaseModel):
    rating: int


class NewTidbit(BaseModel):
    text: str = Field(max_length=20_000)
    cue: str = Field(default="", max_length=2_000)
    tags: str = Field(default="", max_length=500)
    source: str = Field(default="", max_length=2_000)
    step: int | None = None


class Answer(BaseModel):
    answer: str


class NewPlan(BaseModel):
    hours_per_week: float


def _live(request: Request) -> Live:
    return request.app.state.live


def _exercise_json(exercise: Exercise | None) -> dict | None:
    if exercise is None:
        return None
    return {"id": exercise.id, "title": exercise.title, "url": f"/exercise/{exercise.id}"}


def _save(journey: Journey, exercise: Exercise, code: str) -> str:
    """Write the learner's file (the catalog's path for this exercise, never one from the request). Atomic, so it
    needs no lock: the last of two saves wins whole."""
    write_atomically(journey.workspace.path_of(exercise), code)
    return exercise.workspace_path


Done = TypeVar("Done")

CANCELLED = {"cancelled": True, "summary": "Stopped: you cancelled it. Nothing was recorded."}


def _cancellable(live: Live, exercise: Exercise, kind: str, body: Code | Run, work: Callable[[], Done]) -> Done | dict:
    """Save the code sent (if any), then do ``work`` as the exercise's job ``body.job`` (a check or a run), which
    Cancel may stop: its result, or ``CANCELLED``."""
    if body.code is not None:
        _save(live.journey, exercise, body.code)
    try:
        with live.judging(exercise, kind, body.job) as job:
            done = work()
    except Cancelled:
        return CANCELLED
    return CANCELLED if job.cancelled.is_set() else done


# ------------------------------------------------------------------------------------------------ exercises


@router.post("/exercise/{exercise_id:path}/save")
def save(request: Request, exercise_id: str, body: Code) -> dict:
    if body.code is None:
        raise BadInput("There was no code to save.")
    with _live(request).use() as journey:
        exercise = journey.catalog.get(exercise_id)
        path = _save(journey, exercise, body.code)
    return {"saved": True, "path": path}


@router.post("/exercise/{exercise_id:path}/check")
def check(request: Request, exercise_id: str, body: Code) -> dict:
    """Save the code sent (if any), check the file, record the attempt: the verdict as ``Verdict.to_dict()``, plus
    the exercise to go to next and the lines to mark in the editor. Only recording takes the journey's write lock;
    the check itself holds only its worker, and Cancel (``/cancel`` with the same ``job``) stops it: then nothing
    is recorded and the answer is ``{"cancelled": true}``."""
    live = _live(request)
    journey = live.journey
    exercise = journey.catalog.get(exercise_id)
    verdict = _cancellable(live, exercise, "check", body, lambda: journey.check(exercise, record=False))
    if verdict is CANCELLED:
        return CANCELLED
    with live.writing():
        journey.record(exercise, verdict)
    following = journey.next_exercise() if verdict.passed else None
    shown = verdict.to_dict()
    marks = error_marks(shown, journey.workspace.path_of(exercise).name)
    return {**for_the_page(shown), "next_exercise": _exercise_json(following), "marks": marks}


@router.post("/exercise/{exercise_id:path}/run")
def run(request: Request, exercise_id: str, body: Run) -> dict:
    """Save the code sent (if any), then run the learner's file on the exercise's example, or the ``cell`` after it,
    in the same worker and sandbox as a check: what it printed and returned (``Trial.to_dict()``). Nothing is judged
    or recorded; Cancel stops it as it stops a check."""
    live = _live(request)
    exercise = live.journey.catalog.get(exercise_id)
    trial = _cancellable(live, exercise, "run", body, lambda: live.journey.run(exercise, body.cell))
    return CANCELLED if trial is CANCELLED else trial.to_dict()


@router.get("/exercise/{exercise_id:path}/example")
def example(request: Request, exercise_id: str) -> dict:
    """What Run calls the learner's function on, and the names a scratch cell sees with their values."""
    from mlsteps.engine.tryout import example as example_case
    from mlsteps.engine.tryout import given_names

    exercise = _live(request).catalog.get(exercise_id)
    case = example_case(exercise)
    return {
        "call": case.call(exercise.entry),
        "names": [{"name": n, "value": v} for n, v in given_names(exercise, case)],
        "values": exercise.asks_for_values,  # the file runs first, and the cell sees the names it set
    }


@router.post("/exercise/{exercise_id:path}/cancel")
def cancel(request: Request, exercise_id: str, body: JobName) -> dict:
    """Stop this exercise's check or run (the one the page names as ``job``): its learner's process is killed."""
    live = _live(request)
    exercise = live.catalog.get(exercise_id)
    return {"cancelled": live.cancel(exercise.id, body.job)}


@router.post("/exercise/{exercise_id:path}/hint")
def hint(request: Request, exercise_id: str) -> dict:
    with _live(request).writing() as journey:
        given = journey.hint(journey.catalog.get(exercise_id))
    said = {"id": given.exercise_id, "number": given.number, "total": given.total, "hint": given.text}
    return said | ({"not_saved": given.not_saved} if given.not_saved else {})


@router.post("/exercise/{exercise_id:path}/solution")
def solution(request: Request, exercise_id: str) -> dict:
    with _live(request).writing() as journey:
        exercise = journey.catalog.get(exercise_id)
        shown = journey.solution(exercise)
    return {"id": exercise.id, "code": shown.code} | ({"not_saved": shown.not_saved} if shown.not_saved else {})


@router.get("/events")
async def events(request: Request, exercise: str) -> StreamingResponse:
    """Server-sent events: ``changed`` with the file's new text whenever the exercise's file changes on disk."""
    path = _live(request).path_of(exercise)
    stream = file_changes(path, request.app.state.stopping, request.is_disconnected)
    return StreamingResponse(
        stream, media_type="text/event-stream", headers={"cache-control": "no-store", "x-accel-buffering": "no"}
    )


# ------------------------------------------------------------------------------------------------ resources


@router.post("/resources/{key:path}/mark")
def mark_resource(request: Request, key: str, body: ResourceMark) -> dict:
    from mlsteps.record import resources

    if body.status not in (resources.STARTED, resources.DONE):
        raise BadInput(f"'{body.status}' is not something to mark: say started or done.")
    today = dt.date.today()
    with _live(request).writing() as journey:
        marker = resources.start if body.status == resources.STARTED else resources.finish
        marked = marker(journey.store, key, today, today)
    return marked.to_dict()


@router.post("/resources/{key:path}/rate")
def rate_resource(request: Request, key: str, body: Rating) -> dict:
    from mlsteps.record import resources

    with _live(request).writing() as journey:
        rated = resources.rate(journey.store, key, body.rating)
    return rated.to_dict()


# -------------------------------------------------------------------------------------------------- tidbits


@router.post("/tidbits")
def add_tidbit(request: Request, body: NewTidbit) -> dict:
    from mlsteps.record import tidbits

    with _live(request).writing() as journey:
        added = tidbits.add(journey.store, body.text, [body.tags], body.source.strip() or None, body.cue, body.step)
    return added.to_dict()


@router.post("/tidbits/{tidbit_id}/review")
def review_tidbit(request: Request, tidbit_id: int, body: Answer) -> dict:
    from mlsteps.record import tidbits

    with _live(request).writing() as journey:
        given = tidbits.review(journey.store, tidbit_id, body.answer, utc_now())
    return {"rating": given.rating, "at": given.at.isoformat(), "tidbit": given.tidbit.to_dict()}


# ----------------------------------------------------------------------------------------------------- plan


@router.post("/plan/replan")
def replan(request: Request) -> dict:
    """Lay out what is left of the plan from today (finished steps keep their dates), as `mlsteps plan replan`."""
    from mlsteps.record import plan

    with _live(request).writing() as journey:
        made = plan.replan(journey.store, journey.catalog, dt.date.today())
    return made.to_dict()


@router.post("/plan")
def build_plan(request: Request, body: NewPlan) -> dict:
    from mlsteps.record import plan

    with _live(request).writing() as journey:
        made = plan.build(journey.store, journey.catalog, body.hours_per_week, dt.date.today())
    return made.to_dict()
