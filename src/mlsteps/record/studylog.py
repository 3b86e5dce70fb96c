"""The study log: time the learner spent reading, watching, taking a course, noted by hand.

Time spent on exercises is not logged here: it is read from the attempts already in the store (see
``exercisetime``), so nothing is counted twice.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import sqlalchemy as sa

from mlsteps.record import resources
from mlsteps.record.inputs import BadInput, check_step, not_in_future, utc_now
from mlsteps.record.schema import study_log
from mlsteps.record.store import Store


@dataclass(frozen=True)
class Entry:
    id: int
    studied_on: dt.date
    minutes: int
    topic: str
    step: int | None
    resource: str | None

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "studied_on": self.studied_on.isoformat(),
            "minutes": self.minutes,
            "topic": self.topic,
            "step": self.step,
            "resource": self.resource,
        }


def record(
    store: Store,
    minutes: int,
    topic: str,
    on: dt.date,
    today: dt.date,
    step: int | None = None,
    resource: str | None = None,
    now: dt.datetime | None = None,
) -> Entry:
    """Record study time on a day. A resource named without a step gives its own step."""
    topic = " ".join(topic.split())
    if not topic:
        raise BadInput('Say what you studied, for example: mlsteps log 45m "pandas groupby".')
    not_in_future(on, today, "The day you studied")
    check_step(step)
    if resource is not None:
        found = resources.find(store, resource)
        resource, step = found.key, step or found.step
    with store.engine.begin() as connection:
        new_id = connection.execute(
            study_log.insert().values(
                studied_on=on,
                minutes=minutes,
                topic=topic,
                step=step,
                resource=resource,
                recorded_at=now or utc_now(),
            )
        ).inserted_primary_key[0]
    return Entry(new_id, on, minutes, topic, step, resource)


def entries(store: Store, since: dt.date | None = None, until: dt.date | None = None) -> list[Entry]:
    """Entries by the day they were studied, oldest first."""
    query = sa.select(study_log).order_by(study_log.c.studied_on, study_log.c.id)
    if since is not None:
        query = query.where(study_log.c.studied_on >= since)
    if until is not None:
        query = query.where(study_log.c.studied_on <= until)
    with store.engine.connect() as connection:
        rows = connection.execute(query).mappings().all()
    return [Entry(r["id"], r["studied_on"], r["minutes"], r["topic"], r["step"], r["resource"]) for r in rows]

