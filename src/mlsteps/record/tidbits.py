"""Tidbits: short lessons the learner collects, reviewed with spaced repetition (FSRS, the ``fsrs`` library).

Each tidbit carries its ``fsrs.Card`` (stored as the card's own JSON) and the time it is next due. A review is
one answer (again, hard, good, easy): the scheduler moves the card, and the answer is recorded in ``reviews``, in
one transaction. A starter set ships in ``content/tidbits.toml``; each starter is added to the learner's tidbits
once, and one they delete does not come back. A starter that names an ``exercise`` is a lesson of that exercise: it
is added once the learner has passed it (``Journey.check`` offers it then). The others are added the first time the
learner uses their tidbits. Starters added together are not all due at once: a few a day (``NEW_PER_DAY``), so a
new learner's first review is a handful, not fifty.
"""

from __future__ import annotations

import datetime as dt
import json
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import sqlalchemy as sa

from mlsteps.record.inputs import BadInput, check_step, check_url, utc_now
from mlsteps.record.schema import reviews, state, tidbits
from mlsteps.record.store import Store

if TYPE_CHECKING:
    from fsrs import Scheduler

STARTERS = Path(__file__).resolve().parent.parent / "content" / "tidbits.toml"
OFFERED_KEY = "starter_tidbits_offered"
RATINGS = {"again": 1, "hard": 2, "good": 3, "easy": 4}
NEW_PER_DAY = 5  # starters added together become due this many a day


@dataclass(frozen=True)
class Tidbit:
    id: int
    text: str
    cue: str
    tags: tuple[str, ...]
    source: str
    step: int | None
    due: dt.datetime
    reviews: int
    starter: str | None = None

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "text": self.text,
            "cue": self.cue,
            "tags": list(self.tags),
            "source": self.source,
            "step": self.step,
            "due": self.due.isoformat(),
            "reviews": self.reviews,
            "starter": self.starter,
        }


@dataclass(frozen=True)
class Answer:
    tidbit: Tidbit  # as it is after the answer
    rating: str
    at: dt.datetime


def _utc(moment: dt.datetime) -> dt.datetime:
    return moment.replace(tzinfo=dt.UTC)


def _naive(moment: dt.datetime) -> dt.datetime:
    return moment.astimezone(dt.UTC).replace(tzinfo=None)


def default_scheduler() -> Scheduler:
    from fsrs import Scheduler

    return Scheduler()


def _clean_tags(tags: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    cleaned: list[str] = []
    for tag in tags:
        for part in tag.split(","):
            word = "-".join(part.lower().split())
            if word and word not in cleaned:
                cleaned.append(word)
    return tuple(cleaned)


def _clean_text(text: str, what: str = "tidbit") -> str:
    cleaned = text.strip()
    if not cleaned:
        raise BadInput(f'The {what} is empty: write what you learned, for example: mlsteps tidbit add "..."')
    return cleaned


def _new_card_json(tidbit_id: int, due: dt.datetime) -> str:
    from fsrs import Card

    return json.dumps(Card(card_id=tidbit_id, due=_utc(due)).to_dict())


def _insert(connection: sa.Connection, values: dict, now: dt.datetime, due: dt.datetime | None = None) -> int:
    due = due or now
    new_id = connection.execute(
        tidbits.insert().values(**values, created_at=now, card="{}", due=due)
    ).inserted_primary_key[0]
    connection.execute(tidbits.update().where(tidbits.c.id == new_id).values(card=_new_card_json(new_id, due)))
    return new_id


def _shipped(path: Path) -> list[dict]:
    return tomllib.loads(path.read_text(encoding="utf-8"))["tidbits"]


def seed_starters(
    store: Store, now: dt.datetime | None = None, path: Path = STARTERS, passed: set[str] | None = None
) -> int:
    """Add the shipped tidbits not offered to this learner before, those of an exercise only once it is among
    ``passed`` (by default, the exercises the store says were solved); returns how many were added."""
    passed = store.solved() if passed is None else passed
    return _offer(store, [item for item in _shipped(path) if item.get("exercise", "") in passed | {""}], now)


def offer_lessons(store: Store, exercise_id: str, now: dt.datetime | None = None, path: Path = STARTERS) -> list[str]:
    """When an exercise passes: add its own tidbits (the lessons worth remembering from it), once. Returns their
    cues, for the learner to see what was added to their review."""
    lessons = [item for item in _shipped(path) if item.get("exercise") == exercise_id]
    offered = set(json.loads(store.get_state(OFFERED_KEY) or "[]"))
    fresh = [item for item in lessons if item["key"] not in offered]
    _offer(store, fresh, now)
    return [item.get("cue") or item["text"] for item in fresh]


def _offer(store: Store, items: list[dict], now: dt.datetime | None) -> int:
    now = now or utc_now()
    offered = json.loads(store.get_state(OFFERED_KEY) or "[]")
    fresh = [item for item in items if item["key"] not in offered]
    if not fresh:
        return 0
    with store.engine.begin() as connection:
        for number, item in enumerate(fresh):
            values = {
                "text": " ".join(item["text"].split()),
                "cue": item.get("cue", ""),
                "tags": ",".join(_clean_tags(item.get("tags", []))),
                "source": item.get("source", ""),
                "step": item.get("step"),
                "starter": item["key"],
            }
            _insert(connection, values, now, now + dt.timedelta(days=number // NEW_PER_DAY))
        connection.execute(state.delete().where(state.c.key == OFFERED_KEY))
        keys = offered + [item["key"] for item in fresh]
        connection.execute(state.insert().values(key=OFFERED_KEY, value=json.dumps(keys)))
    return len(fresh)


def _read(connection: sa.Connection, where=None) -> list[Tidbit]:
    counted = sa.select(reviews.c.tidbit_id, sa.func.count().label("n")).group_by(reviews.c.tidbit_id).subquery()
    query = (
        sa.select(tidbits, sa.func.coalesce(counted.c.n, 0).label("n"))
        .outerjoin(counted, counted.c.tidbit_id == tidbits.c.id)
        .order_by(tidbits.c.id)
    )
    if where is not None:
        query = query.where(where)
    return [
        Tidbit(
            r["id"],
            r["text"],
            r["cue"],
            tuple(t for t in r["tags"].split(",") if t),
            r["source"],
            r["step"],
            r["due"],
            r["n"],
            r["starter"],
        )
        for r in connection.execute(query).mappings()
    ]


def all_tidbits(store: Store, tag: str | None = None) -> list[Tidbit]:
    with store.engine.connect() as connection:
        found = _read(connection)
    if tag is not None:
        wanted = _clean_tags([tag])
        found = [t for t in found if set(wanted) <= set(t.tags)]
    return found


def get(store: Store, tidbit_id: int) -> Tidbit:
    with store.engine.connect() as connection:
        found = _read(connection, tidbits.c.id == tidbit_id)
    if not found:
        raise BadInput(f"There is no tidbit {tidbit_id}. `mlsteps tidbit list` shows them with their numbers.")
    return found[0]


def search(store: Store, words: str) -> list[Tidbit]:
    """Tidbits whose text, cue, tags or source contain every word (any case)."""
    wanted = words.lower().split()
    if not wanted:
        raise BadInput("Give a word to search for, for example: mlsteps tidbit search trees")
    return [
        t
        for t in all_tidbits(store)
        if all(w in " ".join((t.text, t.cue, " ".join(t.tags), t.source)).lower() for w in wanted)
    ]


def add(
    store: Store,
    text: str,
    tags: list[str] | tuple[str, ...] = (),
    source: str | None = None,
    cue: str = "",
    step: int | None = None,
    now: dt.datetime | None = None,
) -> Tidbit:
    """A new tidbit, due for its first review straight away."""
    values = {
        "text": _clean_text(text),
        "cue": cue.strip(),
        "tags": ",".join(_clean_tags(tags)),
        "source": check_url(source) if source else "",
        "step": check_step(step),
    }
    with store.engine.begin() as connection:
        new_id = _insert(connection, values, now or utc_now())
    return get(store, new_id)


def edit(
    store: Store,
    tidbit_id: int,
    text: str | None = None,
    tags: list[str] | None = None,
    source: str | None = None,
    cue: str | None = None,
    step: int | None = None,
    now: dt.datetime | None = None,
) -> Tidbit:
    """Change what is given; its review schedule is kept."""
    get(store, tidbit_id)
    values: dict = {}
    if text is not None:
        values["text"] = _clean_text(text)
    if tags is not None:
        values["tags"] = ",".join(_clean_tags(tags))
    if source is not None:
        values["source"] = check_url(source) if source else ""
    if cue is not None:
        values["cue"] = cue.strip()
    if step is not None:
        values["step"] = check_step(step)
    if not values:
        raise BadInput("Say what to change: --text, --tag, --source, --cue or --step.")
    with store.engine.begin() as connection:
        connection.execute(
            tidbits.update().where(tidbits.c.id == tidbit_id).values(**values, edited_at=now or utc_now())
        )
    return get(store, tidbit_id)


def delete(store: Store, tidbit_id: int) -> Tidbit:
    """Remove a tidbit and its reviews, in one transaction."""
    gone = get(store, tidbit_id)
    with store.engine.begin() as connection:
        connection.execute(reviews.delete().where(reviews.c.tidbit_id == tidbit_id))
        connection.execute(tidbits.delete().where(tidbits.c.id == tidbit_id))
    return gone


def due(store: Store, now: dt.datetime, limit: int | None = None) -> list[Tidbit]:
    """Tidbits due for review at ``now``, the most overdue first."""
    with store.engine.connect() as connection:
        found = _read(connection, tidbits.c.due <= now)
    found.sort(key=lambda t: (t.due, t.id))
    return found[:limit] if limit is not None else found


def next_due(store: Store) -> dt.datetime | None:
    with store.engine.connect() as connection:
        return connection.execute(sa.select(sa.func.min(tidbits.c.due))).scalar()


def rating_of(word: str) -> int:
    """1-4 from again/hard/good/easy (or the digit itself)."""
    cleaned = word.strip().lower()
    if cleaned in RATINGS:
        return RATINGS[cleaned]
    if cleaned in {"1", "2", "3", "4"}:
        return int(cleaned)
    raise BadInput(f"'{word}' is not an answer. Say how well you remembered: again, hard, good or easy (or 1-4).")


def review(store: Store, tidbit_id: int, answer: str, now: dt.datetime, scheduler: Scheduler | None = None) -> Answer:
    """Record one answer and move the tidbit's card to its next review."""
    from fsrs import Card, Rating

    rating = rating_of(answer)
    scheduler = scheduler or default_scheduler()
    with store.engine.begin() as connection:
        raw = connection.execute(sa.select(tidbits.c.card).where(tidbits.c.id == tidbit_id)).scalar()
        if raw is None:
            raise BadInput(f"There is no tidbit {tidbit_id}. `mlsteps tidbit list` shows them with their numbers.")
        card, _log = scheduler.review_card(Card.from_dict(json.loads(raw)), Rating(rating), review_datetime=_utc(now))
        connection.execute(
            tidbits.update()
            .where(tidbits.c.id == tidbit_id)
            .values(card=json.dumps(card.to_dict()), due=_naive(card.due))
        )
        connection.execute(reviews.insert().values(tidbit_id=tidbit_id, at=now, rating=rating))
    names = {number: name for name, number in RATINGS.items()}
    return Answer(get(store, tidbit_id), names[rating], now)


def to_markdown(found: list[Tidbit]) -> str:
    """The tidbits as a Markdown note, grouped under their first tag."""
    groups: dict[str, list[Tidbit]] = {}
    for tidbit in found:
        groups.setdefault(tidbit.tags[0] if tidbit.tags else "", []).append(tidbit)
    lines = ["# My tidbits", ""]
    for tag in sorted(groups, key=lambda t: (t == "", t)):
        lines += [f"## {tag or 'Untagged'}", ""]
        for tidbit in groups[tag]:
            if tidbit.cue:
                lines += [f"**{tidbit.cue}**", ""]
            lines += [tidbit.text, ""]
            details = [f"tags: {', '.join(tidbit.tags)}"] if tidbit.tags else []
            if tidbit.source:
                details.append(f"source: <{tidbit.source}>")
            if details:
                lines += [f"*{' · '.join(details)}*", ""]
    return "\n".join(lines).rstrip() + "\n"
