"""The pages: the map, an exercise, progress (and its chart), resources, tidbits, projects, a cohort's gradebook.

Each page asks the journey for its figures (the same functions the CLI uses), without a lock (a running check
never holds a page up; see ``live.Live``), and hands plain values to a template. Exercises are addressed by id only:
the file shown is the one the catalog names.
"""

from __future__ import annotations

import datetime as dt
import importlib
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response

from mlsteps.engine.catalog import Catalog
from mlsteps.engine.exercise import Exercise, Step
from mlsteps.interfaces.web.events import read_learner_file
from mlsteps.interfaces.web.rendering import markdown_html, render
from mlsteps.journey.journey import PASSED, Journey

router = APIRouter()
MONTHS_SHOWN = 12


@dataclass
class TopicView:
    title: str
    exercises: list[tuple[Exercise, str]] = field(default_factory=list)

    @property
    def solved(self) -> int:
        return sum(status == PASSED for _, status in self.exercises)


@dataclass
class StepView:
    step: Step
    solved: int
    total: int
    minutes_left: int
    topics: list[TopicView]


def _live(request: Request):
    return request.app.state.live


def _carry_on(journey: Journey) -> Exercise | None:
    """The exercise to carry on with: the one the learner is on, unless it is solved; then the next unsolved one."""
    current = journey.current()
    if current is not None and current.id not in journey.store.solved():
        return current
    return journey.next_exercise()


# ------------------------------------------------------------------------------------------------------ map


@router.get("/", response_class=HTMLResponse)
def map_page(request: Request) -> HTMLResponse:
    with _live(request).use() as journey:
        statuses = journey.statuses()
        steps = []
        for item in journey.progress():
            topics = []
            for topic in item.step.topics:
                view = TopicView(topic.title)
                view.exercises = [
                    (e, statuses[e.id])
                    for e in journey.catalog
                    if e.course is None and e.step == item.step.number and e.topic == topic.id
                ]
                topics.append(view)
            steps.append(StepView(item.step, item.solved, item.total, item.minutes_left, topics))
        courses = [(course, [(e, statuses[e.id]) for e in course.exercises]) for course in journey.catalog.courses]
        following = _carry_on(journey)
        solved = sum(status == PASSED for status in statuses.values())
    return render(request, "map.html", page="map", steps=steps, courses=courses, following=following, solved=solved)


# ------------------------------------------------------------------------------------------------- exercise


def _neighbours(journey: Journey, exercise: Exercise) -> tuple[Exercise | None, Exercise | None]:
    exercises = journey.catalog.exercises
    index = exercises.index(exercise)
    return (exercises[index - 1] if index > 0 else None, exercises[index + 1] if index + 1 < len(exercises) else None)


@router.get("/exercise/{exercise_id:path}", response_class=HTMLResponse)
def exercise_page(request: Request, exercise_id: str) -> HTMLResponse:
    with _live(request).use() as journey:
        exercise = journey.catalog.get(exercise_id)
        path = journey.workspace.path_of(exercise)
        text = read_learner_file(path)
        status = journey.statuses()[exercise.id]
        hints_seen = min(journey.store.count_events(exercise.id, "hint"), len(exercise.hints))
        attempts = journey.store.attempts(exercise.id)
        previous, following = _neighbours(journey, exercise)
        step = journey.catalog.step(exercise.step)
    topic = next((t.title for t in step.topics if t.id == exercise.topic), exercise.topic)
    return render(
        request,
        "exercise.html",
        page="map",
        exercise=exercise,
        step=step,
        topic=topic,
        prompt=markdown_html(exercise.prompt),
        code=exercise.starter if text is None else text,
        missing=text is None,
        status=status,
        hints=exercise.hints[:hints_seen],
        attempts=len(attempts),
        last=attempts[-1] if attempts else None,
        previous=previous,
        following=following,
    )


# ------------------------------------------------------------------------------------------------- progress


@router.get("/progress", response_class=HTMLResponse)
def progress_page(request: Request) -> HTMLResponse:
    from mlsteps.record import plan
    from mlsteps.record.progress import progress

    today = dt.date.today()
    with _live(request).use() as journey:
        figures = progress(journey.store, journey.catalog, today)
        current = plan.latest(journey.store, journey.catalog)
        standing = plan.standing(journey.store, journey.catalog, current, today) if current else None
        pace = journey.workspace.config.get("learner", {}).get("hours_per_week", 5)
    months = list(figures.months.items())[-MONTHS_SHOWN:]
    top = max((tally.hours for _, tally in months), default=0) or 1
    return render(
        request,
        "progress.html",
        page="progress",
        figures=figures,
        totals=figures.totals(),
        this_year=figures.years[figures.this_year],
        last_year=figures.last_year_to_date,
        months=[(_month_name(key), tally, round(100 * tally.hours / top)) for key, tally in months],
        plan=current,
        standing=standing,
        rows=list(zip(current.steps, standing.steps, strict=True)) if current and standing else [],
        pace=pace if isinstance(pace, int | float) and not isinstance(pace, bool) else 5,
        today=today,
    )


def _month_name(key: str) -> str:
    """'2026-03' as 'Mar 2026'."""
    return dt.date(int(key[:4]), int(key[5:7]), 1).strftime("%b %Y")


@router.get("/progress/chart.svg")
def progress_chart(request: Request) -> Response:
    """The charts of ``mlsteps progress --chart``, as SVG (drawn by Matplotlib, outside the journey's lock)."""
    from mlsteps.record.charts import write_chart
    from mlsteps.record.progress import progress

    with _live(request).use() as journey:
        figures = progress(journey.store, journey.catalog, dt.date.today())
    with tempfile.TemporaryDirectory() as folder:
        svg = write_chart(figures, Path(folder) / "progress.svg").read_bytes()
    return Response(svg, media_type="image/svg+xml", headers={"cache-control": "no-store"})


# ------------------------------------------------------------------------------------------------ resources


def _number(text: str | None, allowed: range) -> int | None:
    return int(text) if text and text.isdigit() and int(text) in allowed else None


@router.get("/resources", response_class=HTMLResponse)
def resources_page(
    request: Request, step: str | None = None, kind: str | None = None, q: str | None = None, status: str | None = None
) -> HTMLResponse:
    from mlsteps.record import resources

    chosen_step = _number(step, range(1, 6))
    chosen_kind = kind if kind in resources.KINDS else None
    chosen_status = status if status in (resources.NEW, resources.STARTED, resources.DONE) else None
    with _live(request).use() as journey:
        found = resources.listing(journey.store, chosen_step, chosen_kind, None, q or None, chosen_status)
        steps = journey.catalog.steps
    return render(
        request,
        "resources.html",
        page="resources",
        found=found,
        steps=steps,
        kinds=resources.KINDS,
        chosen={"step": chosen_step, "kind": chosen_kind, "q": q or "", "status": chosen_status},
    )


# -------------------------------------------------------------------------------------------------- tidbits


@router.get("/tidbits", response_class=HTMLResponse)
def tidbits_page(request: Request, tag: str | None = None) -> HTMLResponse:
    from mlsteps.record import tidbits
    from mlsteps.record.inputs import utc_now

    now = utc_now()
    with _live(request).writing() as journey:
        tidbits.seed_starters(journey.store)
        found = tidbits.all_tidbits(journey.store, tag or None)
        due = tidbits.due(journey.store, now)
        upcoming = tidbits.next_due(journey.store)
        steps = journey.catalog.steps
    return render(
        request,
        "tidbits.html",
        page="tidbits",
        found=found,
        due=due,
        upcoming=upcoming,
        tag=tag or "",
        steps=steps,
        now=now,
    )


# ------------------------------------------------------------------------------------------------- projects


@router.get("/projects", response_class=HTMLResponse)
def projects_page(request: Request, problem: str = "") -> HTMLResponse:
    """Each project, where it stands, and the findings of its last check (by `mlsteps project check` or the
    "Check now" link here): the same findings, in the same words."""
    from mlsteps.projects.check import last_check
    from mlsteps.projects.status import standings
    from mlsteps.projects.templates import templates

    with _live(request).use() as journey:
        found = standings(journey.workspace)
        checks = {standing.name: last_check(journey.workspace, standing.name) for standing in found}
    return render(
        request, "projects.html", page="projects", found=found, checks=checks, templates=templates(), problem=problem
    )


@router.get("/projects/{name}/check")
def check_project_page(request: Request, name: str) -> Response:
    """Run `mlsteps project check NAME` (the same function), keep its findings, and go back to the Projects tab."""
    from urllib.parse import quote

    from fastapi.responses import RedirectResponse

    from mlsteps.notebooks.headless import NotebookError
    from mlsteps.projects.check import check_project
    from mlsteps.record.inputs import BadInput

    with _live(request).use() as journey:
        try:
            check_project(journey.workspace, name)
        except (BadInput, NotebookError) as exc:
            return RedirectResponse(f"/projects?problem={quote(str(exc))}", status_code=303)
    return RedirectResponse(f"/projects#project-{quote(name)}", status_code=303)


# ------------------------------------------------------------------------------------------------ gradebook


def gradebook_view(store: Any, catalog: Catalog) -> dict[str, Any] | None:
    """The cohort's gradebook (``mlsteps.cohorts.gradebook``, written by ``mlsteps grade``), or None when there is
    none: the module is missing, it lacks ``load``, or nobody has been graded yet.

    As the CLI shows it: exercises in the catalog's order, each as ``(id, title)``; the title the grade recorded, else
    the catalog's, else the id (an exercise the catalog no longer has comes last, in the gradebook's own order)."""
    try:
        gradebook = importlib.import_module("mlsteps.cohorts.gradebook")
    except ImportError:
        return None
    load = getattr(gradebook, "load", None)
    if not callable(load):
        return None
    book = load(store)
    if book is None or not book.learners or not book.exercises:
        return None
    book.titles.update({e: catalog.get(e).title for e in book.exercises if e not in book.titles and e in catalog})
    in_course_order = sorted(book.exercises, key=catalog.position)
    exercises = [(exercise, book.title(exercise)) for exercise in in_course_order]
    rows = [(learner, [book.cell(learner, exercise) for exercise in in_course_order]) for learner in book.learners]
    stuck = gradebook.stuck(book) if callable(getattr(gradebook, "stuck", None)) else []
    return {"exercises": exercises, "rows": rows, "stuck": stuck}


@router.get("/gradebook", response_class=HTMLResponse)
def gradebook_page(request: Request) -> HTMLResponse:
    with _live(request).use() as journey:
        view = gradebook_view(journey.store, journey.catalog)
    return render(request, "gradebook.html", page="gradebook", book=view)
