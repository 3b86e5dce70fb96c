"""Time spent on exercises, read from what the store already holds: no stopwatch, nothing to log by hand.

Every check (an attempt) and every hint, solution seen or reset (an event) is a moment the learner was working on
an exercise. Sorted in time, two such moments less than ``GAP`` apart belong to the same sitting, and the time
between them counts for the exercise of the later one (the work that led to it). The first moment of a sitting
has no earlier one to measure from, so it counts a lead-in for the reading and writing before it: the exercise's
own estimate (its ``minutes``), but never more than ``LEAD_IN_CAP``. A pause longer than ``GAP`` (a meal, a
night) counts nothing. Each sitting's minutes go to the day (UTC) of the moment they end on.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

import sqlalchemy as sa

from mlsteps.record.schema import attempts, events
from mlsteps.record.store import Store

GAP = dt.timedelta(minutes=30)
LEAD_IN_CAP = 15.0  # minutes
UNKNOWN_ESTIMATE = 5.0  # minutes, for an exercise no longer in the catalog


@dataclass(frozen=True)
class Spent:
    exercise_id: str
    day: dt.date
    minutes: float


def moments(store: Store) -> list[tuple[dt.datetime, str]]:
    """Every recorded moment of work on an exercise, in time order."""
    with store.engine.connect() as connection:
        checked = connection.execute(sa.select(attempts.c.at, attempts.c.exercise_id)).all()
        helped = connection.execute(sa.select(events.c.at, events.c.exercise_id)).all()
    return sorted((at, exercise_id) for at, exercise_id in [*checked, *helped])


def time_spent(marks: list[tuple[dt.datetime, str]], estimate: Callable[[str], float | None]) -> list[Spent]:
    """Minutes per exercise and day from moments of work; ``estimate`` gives an exercise's minutes (or None)."""
    totals: dict[tuple[str, dt.date], float] = {}
    previous: dt.datetime | None = None
    for at, exercise_id in sorted(marks):
        if previous is None or at - previous > GAP:
            guess = estimate(exercise_id)
            minutes = min(float(guess) if guess is not None else UNKNOWN_ESTIMATE, LEAD_IN_CAP)
        else:
            minutes = (at - previous).total_seconds() / 60
        key = (exercise_id, at.date())
        totals[key] = totals.get(key, 0.0) + minutes
        previous = at
    return [Spent(exercise_id, day, minutes) for (exercise_id, day), minutes in sorted(totals.items())]
