"""Progress over months and years, per step: exercises solved, hours, resources done, milestones.

Hours are the study log's minutes plus the time read from exercise attempts (``exercisetime``). Everything is
counted as of a day (``as_of``), so the same record always gives the same figures, and the view can be looked at
as it stood on any earlier day. The roadmap asks learners to compare year on year, not day to day: there are
months and years here, never days.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field

import sqlalchemy as sa

from mlsteps.engine.catalog import Catalog
from mlsteps.record import exercisetime, milestones, resources, studylog
from mlsteps.record.schema import attempts
from mlsteps.record.store import Store

MIN_MONTHS = 12  # the month-by-month view always covers at least the last year


@dataclass
class Tally:
    """What a month, a year or a step holds. Its ``hours`` are the one definition of time the journey uses, in
    progress and in the plan alike: exercise time read from attempts, study the learner logged, and the rough
    hours of each resource marked done that has no study logged against it (so nothing counts twice)."""

    log_hours: float = 0.0
    exercise_hours: float = 0.0
    resource_hours: float = 0.0
    solved: int = 0
    resources_done: int = 0
    repositories: int = 0
    posts: int = 0

    @property
    def hours(self) -> float:
        return self.log_hours + self.exercise_hours + self.resource_hours

    def to_dict(self) -> dict:
        data = asdict(self)
        data.update(
            log_hours=round(self.log_hours, 2),
            exercise_hours=round(self.exercise_hours, 2),
            resource_hours=round(self.resource_hours, 2),
        )
        return {**data, "hours": round(self.hours, 2)}


@dataclass
class StepFigures:
    step: int
    title: str
    exercises: int
    tally: Tally = field(default_factory=Tally)
    resources_started: int = 0
    projects: int = 0

    def to_dict(self) -> dict:
        return {
            "step": self.step,
            "title": self.title,
            "exercises": self.exercises,
            **self.tally.to_dict(),
            "resources_started": self.resources_started,
            "projects": self.projects,
        }


@dataclass(frozen=True)
class Progress:
    as_of: dt.date
    steps: list[StepFigures]
    no_step: Tally  # study logged without a step
    months: dict[str, Tally]  # "2025-03" -> figures, every month from the first record (at least a year)
    this_year: int
    years: dict[int, Tally]  # this year and last year, whole
    last_year_to_date: Tally  # last year, from 1 January to the same day as as_of

    def year_hours_by_month(self, year: int) -> list[float]:
        return [self.months[key].hours if key in self.months else 0.0 for key in _year_months(year)]

    def totals(self) -> Tally:
        total = Tally()
        for tally in [*(s.tally for s in self.steps), self.no_step]:
            _add(total, tally)
        return total

    def to_dict(self) -> dict:
        last = self.this_year - 1
        return {
            "as_of": self.as_of.isoformat(),
            "totals": self.totals().to_dict(),
            "steps": [figures.to_dict() for figures in self.steps],
            "no_step": self.no_step.to_dict(),
            "months": [{"month": key, **tally.to_dict()} for key, tally in self.months.items()],
            "year_on_year": {
                "this_year": {
                    "year": self.this_year,
                    **self.years[self.this_year].to_dict(),
                    "hours_by_month": [round(h, 2) for h in self.year_hours_by_month(self.this_year)],
                },
                "last_year": {
                    "year": last,
                    **self.years[last].to_dict(),
                    "hours_by_month": [round(h, 2) for h in self.year_hours_by_month(last)],
                },
                "last_year_to_date": {
                    "until": _same_day_last_year(self.as_of).isoformat(),
                    **self.last_year_to_date.to_dict(),
                },
            },
        }


def _add(total: Tally, other: Tally) -> None:
    for name, value in asdict(other).items():
        setattr(total, name, getattr(total, name) + value)


def _month(day: dt.date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def _year_months(year: int) -> list[str]:
    return [f"{year:04d}-{month:02d}" for month in range(1, 13)]


def _same_day_last_year(day: dt.date) -> dt.date:
    try:
        return day.replace(year=day.year - 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year - 1, day=28)


def _months_between(first: dt.date, last: dt.date) -> list[str]:
    keys, year, month = [], first.year, first.month
    while (year, month) <= (last.year, last.month):
        keys.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return keys


def first_passes(store: Store, until: dt.date) -> dict[str, dt.date]:
    """The day each exercise was first solved, for those solved by the end of ``until``."""
    query = (
        sa.select(attempts.c.exercise_id, sa.func.min(attempts.c.at))
        .where(
            attempts.c.verdict == "passed", attempts.c.at < dt.datetime.combine(until + dt.timedelta(days=1), dt.time())
        )
        .group_by(attempts.c.exercise_id)
    )
    with store.engine.connect() as connection:
        return {exercise_id: at.date() for exercise_id, at in connection.execute(query)}


def progress(store: Store, catalog: Catalog, as_of: dt.date) -> Progress:
    """Every figure of the journey up to and including ``as_of``."""
    exercises = {exercise.id: exercise for exercise in catalog.curriculum}
    steps = {
        step.number: StepFigures(step.number, step.title, sum(e.step == step.number for e in catalog.curriculum))
        for step in catalog.steps
    }
    no_step = Tally()
    # Each happening: (day, step or None, field, amount). Kept in one list so every view sums the same things.
    happenings: list[tuple[dt.date, int | None, str, float]] = []

    logged_against: set[str] = set()  # resources with study logged against them: their time is already counted
    for entry in studylog.entries(store, until=as_of):
        happenings.append((entry.studied_on, entry.step, "log_hours", entry.minutes / 60))
        if entry.resource:
            logged_against.add(entry.resource)

    def estimate(exercise_id: str) -> float | None:
        return exercises[exercise_id].minutes if exercise_id in exercises else None

    for spent in exercisetime.time_spent(exercisetime.moments(store), estimate):
        if spent.day <= as_of:
            step = exercises[spent.exercise_id].step if spent.exercise_id in exercises else None
            happenings.append((spent.day, step, "exercise_hours", spent.minutes / 60))

    for exercise_id, day in first_passes(store, as_of).items():
        if exercise_id in exercises:
            happenings.append((day, exercises[exercise_id].step, "solved", 1))

    known = {resource.key: resource for resource in resources.all_resources(store)}
    for key, mark in resources.marks(store).items():
        step = known[key].step if key in known else None
        if mark.done_on is not None and mark.done_on <= as_of:
            happenings.append((mark.done_on, step, "resources_done", 1))
            if key in known and key not in logged_against:
                happenings.append((mark.done_on, step, "resource_hours", float(known[key].hours)))
        elif mark.started_on is not None and mark.started_on <= as_of and step in steps:
            steps[step].resources_started += 1

    for project in milestones.all_projects(store):
        if project.started_on <= as_of and project.step in steps:
            steps[project.step].projects += 1
        for day, name in ((project.repository_on, "repositories"), (project.post_on, "posts")):
            if day is not None and day <= as_of:
                happenings.append((day, project.step, name, 1))

    first = min([day for day, *_ in happenings], default=as_of)
    index = as_of.year * 12 + as_of.month - 1 - (MIN_MONTHS - 1)
    earliest = dt.date(index // 12, index % 12 + 1, 1)
    months = {key: Tally() for key in _months_between(min(first, earliest), as_of)}
    years = {as_of.year: Tally(), as_of.year - 1: Tally()}
    last_year_to_date = Tally()
    cut = _same_day_last_year(as_of)
    for day, step, name, amount in happenings:
        targets = [months[_month(day)], steps[step].tally if step in steps else no_step]
        if day.year in years:
            targets.append(years[day.year])
        if day.year == as_of.year - 1 and day <= cut:
            targets.append(last_year_to_date)
        for tally in targets:
            setattr(tally, name, getattr(tally, name) + amount)
    return Progress(as_of, list(steps.values()), no_step, months, as_of.year, years, last_year_to_date)
