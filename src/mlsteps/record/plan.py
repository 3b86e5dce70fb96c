"""The learner's own curriculum: a dated plan made from their pace and their choice of resources.

A plan lays the five steps end to end from a start day. Each step's length is the roadmap's usual number of
months, unless the learner sets it, or unless the work they picked (the step's exercises plus the resources'
rough hours) needs longer at their pace; then it is stretched to fit, in quarter months.

Where they stand is measured in work: a step's work is done as its exercises are solved (their estimated minutes)
and its picked resources are marked done (their rough hours). Time spent is reported beside it, counted exactly as
``progress`` counts it (:class:`~mlsteps.record.progress.Tally`), so the two never disagree. Comparing the work
done with the work the plan expected by today gives weeks ahead or behind, at their pace. Re-planning keeps finished
steps as they were and lays what is left out again from a given day. Every plan is kept: the latest is the one in use.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

import sqlalchemy as sa

from mlsteps.engine.catalog import Catalog
from mlsteps.record import resources
from mlsteps.record.inputs import BadInput, check_step, utc_now
from mlsteps.record.progress import first_passes, progress
from mlsteps.record.resources import Resource
from mlsteps.record.schema import plan_resources, plan_steps, plans
from mlsteps.record.store import Store

WEEKS_PER_MONTH = 52 / 12
DAYS_PER_MONTH = 365.25 / 12
ON_TRACK_WEEKS = 2.0  # within this many weeks of the plan either way counts as on track
MAX_HOURS_PER_WEEK = 80
NOT_STARTED, AHEAD, ON_TRACK, BEHIND, FINISHED = "not started", "ahead", "on track", "behind", "finished"


@dataclass(frozen=True)
class PlanStep:
    step: int
    title: str
    months: float
    usual_months: float
    starts_on: dt.date
    ends_on: dt.date
    resources: tuple[Resource, ...]
    exercises: int
    exercise_hours: float

    @property
    def resource_hours(self) -> float:
        return sum(resource.hours for resource in self.resources)

    @property
    def workload_hours(self) -> float:
        return self.exercise_hours + self.resource_hours

    def to_dict(self) -> dict:
        return {
            "step": self.step,
            "title": self.title,
            "months": self.months,
            "usual_months": self.usual_months,
            "starts_on": self.starts_on.isoformat(),
            "ends_on": self.ends_on.isoformat(),
            "exercises": self.exercises,
            "exercise_hours": round(self.exercise_hours, 2),
            "resource_hours": round(self.resource_hours, 2),
            "workload_hours": round(self.workload_hours, 2),
            "resources": [
                {"key": r.key, "title": r.title, "url": r.url, "kind": r.kind, "free": r.free, "hours": r.hours}
                for r in self.resources
            ],
        }


@dataclass(frozen=True)
class Plan:
    id: int
    made_at: dt.datetime
    starts_on: dt.date
    hours_per_week: float
    reason: str
    steps: tuple[PlanStep, ...]

    @property
    def ends_on(self) -> dt.date:
        return max(step.ends_on for step in self.steps)

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "made_at": self.made_at.isoformat(),
            "starts_on": self.starts_on.isoformat(),
            "ends_on": self.ends_on.isoformat(),
            "hours_per_week": self.hours_per_week,
            "reason": self.reason,
            "steps": [step.to_dict() for step in self.steps],
        }


@dataclass(frozen=True)
class StepStanding:
    step: int
    planned_fraction: float  # of the step's work the plan expects done by today
    done_fraction: float
    done_hours: float
    workload_hours: float
    solved: int
    exercises: int
    resources_done: int
    resources: int
    hours: float = 0.0  # time spent on the step so far, as progress counts it

    def to_dict(self) -> dict:
        return {
            "step": self.step,
            "hours": round(self.hours, 2),
            "planned_fraction": round(self.planned_fraction, 3),
            "done_fraction": round(self.done_fraction, 3),
            "done_hours": round(self.done_hours, 2),
            "workload_hours": round(self.workload_hours, 2),
            "solved": self.solved,
            "exercises": self.exercises,
            "resources_done": self.resources_done,
            "resources": self.resources,
        }


@dataclass(frozen=True)
class Standing:
    plan: Plan
    today: dt.date
    steps: tuple[StepStanding, ...]
    planned_hours: float
    done_hours: float
    weeks_ahead: float  # negative when behind
    verdict: str
    calendar_step: int  # the step the plan has for today
    working_step: int | None  # the first step not finished

    def to_dict(self) -> dict:
        return {
            "today": self.today.isoformat(),
            "verdict": self.verdict,
            "weeks_ahead": round(self.weeks_ahead, 1),
            "planned_hours": round(self.planned_hours, 2),
            "done_hours": round(self.done_hours, 2),
            "calendar_step": self.calendar_step,
            "working_step": self.working_step,
            "steps": [step.to_dict() for step in self.steps],
        }


def _quarter_up(months: float) -> float:
    return math.ceil(months * 4 - 1e-9) / 4


def _months_needed(hours: float, pace: float) -> float:
    return hours / (pace * WEEKS_PER_MONTH)


def _after(day: dt.date, months: float) -> dt.date:
    return day + dt.timedelta(days=round(months * DAYS_PER_MONTH))


def _check_pace(hours_per_week: float) -> float:
    if not 0 < hours_per_week <= MAX_HOURS_PER_WEEK:
        raise BadInput(
            f"{hours_per_week:g} hours a week is not a pace to plan with: give a number above 0 and at most "
            f"{MAX_HOURS_PER_WEEK}, such as --hours-per-week 5."
        )
    return float(hours_per_week)


def _exercise_load(catalog: Catalog, step: int) -> tuple[int, float]:
    chosen = [exercise for exercise in catalog.curriculum if exercise.step == step]
    return len(chosen), sum(exercise.minutes for exercise in chosen) / 60


def _picks(store: Store, catalog: Catalog, keys: list[str] | tuple[str, ...]) -> dict[int, list[Resource]]:
    """The learner's picks by step; a step they picked nothing for gets the roadmap's own free resources (a paid
    course is the learner's choice to make, not a default that fills their months)."""
    chosen: dict[int, list[Resource]] = {step.number: [] for step in catalog.steps}
    for key in keys:
        resource = resources.find(store, key)
        if resource not in chosen[resource.step]:
            chosen[resource.step].append(resource)
    for step, picked in chosen.items():
        if not picked:
            picked.extend(r for r in resources.shipped() if r.roadmap and r.free and r.step == step)
    return chosen


def _save(
    store: Store,
    catalog: Catalog,
    hours_per_week: float,
    reason: str,
    layout: list[tuple[int, float, dt.date, dt.date, list[Resource]]],
    now: dt.datetime | None,
) -> Plan:
    with store.engine.begin() as connection:
        plan_id = connection.execute(
            plans.insert().values(
                made_at=now or utc_now(),
                starts_on=min(row[2] for row in layout),
                hours_per_week=hours_per_week,
                reason=reason,
            )
        ).inserted_primary_key[0]
        for step, months, starts_on, ends_on, picked in layout:
            connection.execute(
                plan_steps.insert().values(
                    plan_id=plan_id, step=step, months=months, starts_on=starts_on, ends_on=ends_on
                )
            )
            for position, resource in enumerate(picked):
                connection.execute(
                    plan_resources.insert().values(
                        plan_id=plan_id, step=step, resource_key=resource.key, position=position
                    )
                )
    return load(store, catalog, plan_id)


def build(
    store: Store,
    catalog: Catalog,
    hours_per_week: float,
    starts_on: dt.date,
    months: dict[int, float] | None = None,
    picks: list[str] | tuple[str, ...] = (),
    now: dt.datetime | None = None,
) -> Plan:
    """A new plan (the earlier ones are kept as history)."""
    pace = _check_pace(hours_per_week)
    months = months or {}
    for step, length in months.items():
        check_step(step)
        if not 0.25 <= length <= 36:
            raise BadInput(f"{length:g} months for step {step} is not a length to plan with: give 0.25 to 36.")
    chosen = _picks(store, catalog, picks)
    layout = []
    cursor = starts_on
    for step in catalog.steps:
        _, exercise_hours = _exercise_load(catalog, step.number)
        workload = exercise_hours + sum(r.hours for r in chosen[step.number])
        length = months.get(step.number) or max(step.months, _quarter_up(_months_needed(workload, pace)))
        layout.append((step.number, float(length), cursor, _after(cursor, length), chosen[step.number]))
        cursor = _after(cursor, length)
    return _save(store, catalog, pace, "built", layout, now)


def load(store: Store, catalog: Catalog, plan_id: int) -> Plan:
    known = {resource.key: resource for resource in resources.all_resources(store)}
    with store.engine.connect() as connection:
        head = connection.execute(sa.select(plans).where(plans.c.id == plan_id)).mappings().one()
        rows = connection.execute(
            sa.select(plan_steps).where(plan_steps.c.plan_id == plan_id).order_by(plan_steps.c.step)
        ).mappings()
        picked = (
            connection.execute(
                sa.select(plan_resources).where(plan_resources.c.plan_id == plan_id).order_by(plan_resources.c.position)
            )
            .mappings()
            .all()
        )
        steps = []
        for row in rows:
            number = row["step"]
            step = catalog.step(number)
            exercises, exercise_hours = _exercise_load(catalog, number)
            chosen = tuple(
                known.get(p["resource_key"])
                or Resource(p["resource_key"], p["resource_key"], "", number, "article", True, 0)
                for p in picked
                if p["step"] == number
            )
            steps.append(
                PlanStep(
                    number,
                    step.title,
                    row["months"],
                    step.months,
                    row["starts_on"],
                    row["ends_on"],
                    chosen,
                    exercises,
                    exercise_hours,
                )
            )
    return Plan(head["id"], head["made_at"], head["starts_on"], head["hours_per_week"], head["reason"], tuple(steps))


def latest(store: Store, catalog: Catalog) -> Plan | None:
    """The plan in use: the latest one made."""
    with store.engine.connect() as connection:
        plan_id = connection.execute(sa.select(sa.func.max(plans.c.id))).scalar()
    return None if plan_id is None else load(store, catalog, plan_id)


def require(store: Store, catalog: Catalog) -> Plan:
    plan = latest(store, catalog)
    if plan is None:
        raise BadInput("You have no plan yet. Make one with `mlsteps plan build --hours-per-week 5`.")
    return plan


def standing(store: Store, catalog: Catalog, plan: Plan, today: dt.date) -> Standing:
    """Where the learner stands against ``plan`` on ``today``."""
    solved_on = first_passes(store, today)
    spent = {figures.step: figures.tally.hours for figures in progress(store, catalog, today).steps}
    marks = resources.marks(store)
    done_keys = {key for key, mark in marks.items() if mark.done_on is not None and mark.done_on <= today}
    steps = []
    for planned in plan.steps:
        exercises = [e for e in catalog.curriculum if e.step == planned.step]
        solved = [e for e in exercises if e.id in solved_on]
        finished = [r for r in planned.resources if r.key in done_keys]
        workload = planned.workload_hours
        done = min(workload, sum(e.minutes for e in solved) / 60 + sum(r.hours for r in finished))
        span = (planned.ends_on - planned.starts_on).days
        expected = min(1.0, max(0.0, (today - planned.starts_on).days / span)) if span > 0 else 1.0
        # A step with no work in it is done once its dates have passed.
        fraction = done / workload if workload > 0 else float(today >= planned.ends_on)
        steps.append(
            StepStanding(
                planned.step,
                expected,
                fraction,
                done,
                workload,
                len(solved),
                len(exercises),
                len(finished),
                len(planned.resources),
                spent.get(planned.step, 0.0),
            )
        )
    planned_hours = sum(s.planned_fraction * s.workload_hours for s in steps)
    done_hours = sum(s.done_hours for s in steps)
    weeks_ahead = (done_hours - planned_hours) / plan.hours_per_week
    working = next((s.step for s in steps if s.done_fraction < 1), None)
    if working is None:
        verdict = FINISHED
    elif today < plan.starts_on and done_hours == 0:
        verdict = NOT_STARTED
    elif weeks_ahead >= ON_TRACK_WEEKS:
        verdict = AHEAD
    elif weeks_ahead <= -ON_TRACK_WEEKS:
        verdict = BEHIND
    else:
        verdict = ON_TRACK
    calendar = next((p.step for p in plan.steps if p.starts_on <= today < p.ends_on), None)
    if calendar is None:
        calendar = plan.steps[0].step if today < plan.starts_on else plan.steps[-1].step
    return Standing(plan, today, tuple(steps), planned_hours, done_hours, weeks_ahead, verdict, calendar, working)


def replan(
    store: Store,
    catalog: Catalog,
    starting: dt.date,
    hours_per_week: float | None = None,
    now: dt.datetime | None = None,
) -> Plan:
    """A new plan from ``starting``: finished steps keep their dates, what is left is laid out again.

    A step's new length is the larger of the time its remaining work needs at the pace, and the share of its
    planned months that its remaining work represents, in quarter months (at least one quarter).
    """
    current = require(store, catalog)
    pace = _check_pace(hours_per_week if hours_per_week is not None else current.hours_per_week)
    where = standing(store, catalog, current, starting)
    layout = []
    cursor = starting
    for planned, stands in zip(current.steps, where.steps, strict=True):
        picked = list(planned.resources)
        if stands.done_fraction >= 1:
            layout.append((planned.step, planned.months, planned.starts_on, planned.ends_on, picked))
            continue
        left = stands.workload_hours - stands.done_hours
        length = max(0.25, _quarter_up(max(_months_needed(left, pace), planned.months * (1 - stands.done_fraction))))
        layout.append((planned.step, length, cursor, _after(cursor, length), picked))
        cursor = _after(cursor, length)
    weeks = abs(where.weeks_ahead)
    if where.verdict in (AHEAD, BEHIND):
        reason = f"replanned on {starting.isoformat()}: {weeks:.1f} weeks {where.verdict}"
    else:
        reason = f"replanned on {starting.isoformat()}: {where.verdict}"
    return _save(store, catalog, pace, reason, layout, now)
