"""The resources database: the curated list shipped in ``content/resources.toml`` plus the learner's own.

Shipped resources stay in the package (an upgrade can fix a link or add a resource); the store keeps only what is
the learner's: the resources they added (``own_resources``, keys ``my/<slug>``) and, for any resource, whether they
started or finished it and how they rated it (``resource_marks``).
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
import tomllib
from dataclasses import asdict, dataclass
from functools import cache
from pathlib import Path

import sqlalchemy as sa

from mlsteps.record.inputs import BadInput, check_step, check_url, not_in_future, utc_now
from mlsteps.record.schema import own_resources, resource_marks
from mlsteps.record.store import Store

SHIPPED = Path(__file__).resolve().parent.parent / "content" / "resources.toml"
KINDS = ("course", "video", "article", "book", "tool")
NEW, STARTED, DONE = "new", "started", "done"
OWN_PREFIX = "my/"


class ResourcesBroken(ValueError):
    """The shipped resources file does not follow its format (our fault, not the learner's)."""


@dataclass(frozen=True)
class Resource:
    key: str
    title: str
    url: str
    step: int
    kind: str
    free: bool
    hours: float
    note: str = ""
    roadmap: bool = False  # linked by the roadmap itself
    own: bool = False  # added by the learner


@dataclass(frozen=True)
class Mark:
    status: str = NEW
    started_on: dt.date | None = None
    done_on: dt.date | None = None
    rating: int | None = None


@dataclass(frozen=True)
class Listed:
    """A resource with what the learner has done with it."""

    resource: Resource
    mark: Mark

    def to_dict(self) -> dict:
        mark = self.mark
        return {
            **asdict(self.resource),
            "status": mark.status,
            "started_on": mark.started_on.isoformat() if mark.started_on else None,
            "done_on": mark.done_on.isoformat() if mark.done_on else None,
            "rating": mark.rating,
        }


@cache
def shipped(path: Path = SHIPPED) -> tuple[Resource, ...]:
    """The curated resources, checked as they are read."""
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))["resources"]
    except (OSError, KeyError, tomllib.TOMLDecodeError) as exc:
        raise ResourcesBroken(f"{path}: {exc}") from exc
    found = []
    for item in raw:
        try:
            resource = Resource(
                key=item["id"],
                title=item["title"],
                url=check_url(item["url"]),
                step=int(item["step"]),
                kind=item["kind"],
                free=bool(item["free"]),
                hours=float(item["hours"]),
                note=item.get("note", ""),
                roadmap=bool(item.get("roadmap", False)),
            )
        except (KeyError, ValueError, TypeError) as exc:
            raise ResourcesBroken(f"{path}: resource {item.get('id', '?')}: {exc}") from exc
        if resource.kind not in KINDS or resource.step not in (1, 2, 3, 4, 5) or resource.key.startswith(OWN_PREFIX):
            raise ResourcesBroken(f"{path}: resource {resource.key} has a wrong kind, step or key")
        found.append(resource)
    keys = [r.key for r in found]
    if len(set(keys)) != len(keys):
        raise ResourcesBroken(f"{path}: an id is used twice")
    return tuple(found)


def own(store: Store) -> list[Resource]:
    with store.engine.connect() as connection:
        rows = connection.execute(sa.select(own_resources).order_by(own_resources.c.added_at)).mappings().all()
    return [
        Resource(r["key"], r["title"], r["url"], r["step"], r["kind"], r["free"], r["hours"], r["note"], own=True)
        for r in rows
    ]


def marks(store: Store) -> dict[str, Mark]:
    with store.engine.connect() as connection:
        rows = connection.execute(sa.select(resource_marks)).mappings().all()
    return {r["key"]: Mark(r["status"], r["started_on"], r["done_on"], r["rating"]) for r in rows}


def all_resources(store: Store) -> list[Resource]:
    """Shipped ones first (roadmap, then further), then the learner's own, in the order they were added."""
    return [*shipped(), *own(store)]


def listing(
    store: Store,
    step: int | None = None,
    kind: str | None = None,
    free: bool | None = None,
    text: str | None = None,
    status: str | None = None,
) -> list[Listed]:
    """Resources with their marks, filtered; ``text`` must appear (every word) in the title, note, key or URL."""
    check_step(step)
    if kind is not None and kind not in KINDS:
        raise BadInput(f"'{kind}' is not a kind of resource. Choose one of: {', '.join(KINDS)}.")
    if status is not None and status not in (NEW, STARTED, DONE):
        raise BadInput(f"'{status}' is not a status. Choose one of: {NEW}, {STARTED}, {DONE}.")
    words = (text or "").lower().split()
    known = marks(store)
    chosen = []
    for resource in sorted(all_resources(store), key=lambda r: r.step):
        mark = known.get(resource.key, Mark())
        haystack = " ".join((resource.title, resource.note, resource.key, resource.url)).lower()
        if (
            (step is None or resource.step == step)
            and (kind is None or resource.kind == kind)
            and (free is None or resource.free == free)
            and (status is None or mark.status == status)
            and all(word in haystack for word in words)
        ):
            chosen.append(Listed(resource, mark))
    return chosen


def find(store: Store, key: str) -> Resource:
    """The resource with this key, or ``BadInput`` naming the nearest keys."""
    everything = {resource.key: resource for resource in all_resources(store)}
    if key in everything:
        return everything[key]
    close = difflib.get_close_matches(key, list(everything), n=3, cutoff=0.5)
    hint = f" Did you mean {', '.join(close)}?" if close else " `mlsteps resources list` shows every key."
    raise BadInput(f"There is no resource '{key}'.{hint}")


def _slug(title: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:60] or "resource"


def add(
    store: Store,
    title: str,
    url: str,
    step: int,
    kind: str,
    free: bool = True,
    hours: float = 1.0,
    note: str = "",
    now: dt.datetime | None = None,
) -> Resource:
    """Add one of the learner's own resources; its key is ``my/<slug of the title>``."""
    title = " ".join(title.split())
    if not title:
        raise BadInput('Give the resource a title, for example: mlsteps resources add "My course" https://...')
    url = check_url(url)
    check_step(step)
    if step is None:
        raise BadInput("Say which step the resource is for, with --step 1 to 5.")
    if kind not in KINDS:
        raise BadInput(f"'{kind}' is not a kind of resource. Choose one of: {', '.join(KINDS)}.")
    if not 0 < hours <= 1000:
        raise BadInput(f"{hours:g} hours is not a time a resource can take: give a rough guess above 0, such as 3.")
    existing = all_resources(store)
    same = next((r for r in existing if r.url == url), None)
    if same is not None:
        raise BadInput(f"{url} is already in the database as '{same.key}': mark that one instead.")
    taken = {resource.key for resource in existing}
    base = OWN_PREFIX + _slug(title)
    key, number = base, 2
    while key in taken:
        key, number = f"{base}-{number}", number + 1
    resource = Resource(key, title, url, step, kind, free, float(hours), note.strip(), own=True)
    with store.engine.begin() as connection:
        connection.execute(
            own_resources.insert().values(
                key=key,
                title=title,
                url=url,
                step=step,
                kind=kind,
                free=free,
                hours=float(hours),
                note=resource.note,
                added_at=now or utc_now(),
            )
        )
    return resource


def _write_mark(store: Store, key: str, mark: Mark, now: dt.datetime | None) -> None:
    with store.engine.begin() as connection:
        connection.execute(resource_marks.delete().where(resource_marks.c.key == key))
        connection.execute(resource_marks.insert().values(key=key, **asdict(mark), updated_at=now or utc_now()))


def start(store: Store, key: str, on: dt.date, today: dt.date, now: dt.datetime | None = None) -> Listed:
    """Mark a resource started on a day (not in the future). A finished one stays finished."""
    resource = find(store, key)
    not_in_future(on, today, "The day you started it")
    mark = marks(store).get(resource.key, Mark())
    if mark.done_on is not None and on > mark.done_on:
        raise BadInput(f"You finished {resource.key} on {mark.done_on}: it cannot have started after that.")
    new = Mark(DONE if mark.status == DONE else STARTED, on, mark.done_on, mark.rating)
    _write_mark(store, resource.key, new, now)
    return Listed(resource, new)


def finish(store: Store, key: str, on: dt.date, today: dt.date, now: dt.datetime | None = None) -> Listed:
    """Mark a resource done on a day (not in the future); it counts as started that day if it was not before."""
    resource = find(store, key)
    not_in_future(on, today, "The day you finished it")
    mark = marks(store).get(resource.key, Mark())
    if mark.started_on is not None and on < mark.started_on:
        raise BadInput(
            f"You started {resource.key} on {mark.started_on}: it cannot be finished before that. Check the date."
        )
    new = Mark(DONE, mark.started_on or on, on, mark.rating)
    _write_mark(store, resource.key, new, now)
    return Listed(resource, new)


def rate(store: Store, key: str, rating: int, now: dt.datetime | None = None) -> Listed:
    """Rate a resource from 1 (not for me) to 5 (excellent)."""
    resource = find(store, key)
    if rating not in (1, 2, 3, 4, 5):
        raise BadInput(f"{rating} is not a rating: give a whole number from 1 (not for me) to 5 (excellent).")
    mark = marks(store).get(resource.key, Mark())
    new = Mark(mark.status, mark.started_on, mark.done_on, rating)
    _write_mark(store, resource.key, new, now)
    return Listed(resource, new)
