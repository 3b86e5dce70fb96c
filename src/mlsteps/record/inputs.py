"""Checks of what a learner types: durations, dates, web addresses, step numbers.

Each check either returns a clean value or raises ``BadInput`` with a message that says what was wrong and how to
write it, so the CLI, the notebook and the web page all answer the same way. Nothing is recorded before the checks
pass.
"""

from __future__ import annotations

import datetime as dt
import re
from urllib.parse import urlsplit

STEPS = (1, 2, 3, 4, 5)
MAX_MINUTES_PER_ENTRY = 16 * 60

_DURATION = re.compile(r"^(?:(?P<hours>\d+(?:\.\d+)?)h)?(?:(?P<minutes>\d+)m(?:in)?)?$")


class BadInput(ValueError):
    """Input that cannot be used; the message says what to write instead. Nothing was recorded."""


def utc_now() -> dt.datetime:
    """Now, as the store keeps times: UTC, without a time zone attached."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def parse_duration(text: str) -> int:
    """Minutes from ``45m``, ``1h``, ``1h30m`` or ``1.5h``."""
    cleaned = text.strip().lower().replace(" ", "")
    match = _DURATION.match(cleaned)
    if not cleaned or match is None or not (match["hours"] or match["minutes"]):
        hint = " (a number needs its unit)" if cleaned.replace(".", "", 1).isdigit() else ""
        raise BadInput(
            f"'{text}' is not a length of time I understand{hint}. "
            "Write minutes or hours with their unit, for example 45m, 1h, 1h30m or 1.5h."
        )
    minutes = round(float(match["hours"] or 0) * 60) + int(match["minutes"] or 0)
    if minutes <= 0:
        raise BadInput(f"'{text}' is no time at all: log the minutes you studied, for example 45m.")
    if minutes > MAX_MINUTES_PER_ENTRY:
        raise BadInput(
            f"'{text}' is more than {MAX_MINUTES_PER_ENTRY // 60} hours in one entry. "
            "Log each day's study on its own, with --on DATE."
        )
    return minutes


def parse_date(text: str, what: str = "date") -> dt.date:
    """A calendar date written as YYYY-MM-DD."""
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise BadInput(
            f"'{text}' is not a {what} I can read. Write it as year-month-day, for example 2025-03-01."
        ) from None


def not_in_future(day: dt.date, today: dt.date, what: str = "That date") -> dt.date:
    """Records are of what has happened: a day after ``today`` is refused."""
    if day > today:
        raise BadInput(
            f"{what} ({day.isoformat()}) is in the future; today is {today.isoformat()}. "
            "Record it once it has happened, or fix the date."
        )
    return day


def check_url(text: str) -> str:
    """A full web address (http or https, with a host)."""
    url = text.strip()
    parts = urlsplit(url)
    host = parts.hostname or ""
    if parts.scheme not in ("http", "https") or not host or " " in url or ("." not in host and host != "localhost"):
        raise BadInput(
            f"'{text}' is not a web address I can use. Write it in full, as your browser shows it, "
            "for example https://www.example.org/page."
        )
    return url


def check_step(step: int | None) -> int | None:
    if step is not None and step not in STEPS:
        raise BadInput(f"There is no step {step}: the steps are numbered 1 to 5 (see `mlsteps map`).")
    return step
