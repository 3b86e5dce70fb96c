"""A plan written out: Markdown to read or print, iCalendar (``.ics``, with ``icalendar``) for any calendar app."""

from __future__ import annotations

import datetime as dt

from mlsteps.record.plan import Plan
from mlsteps.record.resources import DONE, Mark

PRODID = "-//mlsteps//learning plan//EN"


def _months(months: float) -> str:
    return f"{months:g} month" + ("" if months == 1 else "s")


def _resource_line(resource, mark: Mark | None) -> str:
    box = "x" if mark is not None and mark.status == DONE else " "
    cost = "free" if resource.free else "paid"
    title = f"[{resource.title}]({resource.url})" if resource.url else f"{resource.title} (no longer listed)"
    return f"- [{box}] {title} · {resource.kind}, {cost}, about {resource.hours:g} h"


def to_markdown(plan: Plan, marks: dict[str, Mark]) -> str:
    """The plan as a Markdown checklist; finished resources are ticked."""
    lines = [
        "# My machine learning plan",
        "",
        f"{plan.starts_on.isoformat()} to {plan.ends_on.isoformat()} · {plan.hours_per_week:g} hours a week · "
        f"made {plan.made_at.date().isoformat()} ({plan.reason})",
        "",
        "Compare your progress year on year, not day to day: `mlsteps progress`.",
        "",
    ]
    for step in plan.steps:
        lines += [
            f"## Step {step.step}: {step.title}",
            "",
            f"{step.starts_on.isoformat()} to {step.ends_on.isoformat()} ({_months(step.months)}; usually "
            f"{_months(step.usual_months)}). About {step.workload_hours:.0f} hours of work.",
            "",
        ]
        lines += [_resource_line(resource, marks.get(resource.key)) for resource in step.resources]
        if step.exercises:
            hours = f"about {step.exercise_hours:.0f} h"
            lines.append(f"- [ ] {step.exercises} exercises, {hours}: `mlsteps list --step {step.step}`")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def to_ics(plan: Plan) -> bytes:
    """One all-day event per step over its dates, and a yearly reminder to compare this year with last."""
    from icalendar import Calendar, Event

    stamp = plan.made_at.replace(tzinfo=dt.UTC)
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", "My machine learning plan")
    for step in plan.steps:
        event = Event()
        event.add("uid", f"mlsteps-plan-{plan.id}-step-{step.step}@mlsteps")
        event.add("dtstamp", stamp)
        event.add("summary", f"Step {step.step}: {step.title}")
        event.add("dtstart", step.starts_on)
        event.add("dtend", step.ends_on)
        details = [f"About {step.workload_hours:.0f} hours at {plan.hours_per_week:g} hours a week."]
        details += [f"{r.title}: {r.url}" if r.url else r.title for r in step.resources]
        if step.exercises:
            details.append(f"{step.exercises} exercises: mlsteps list --step {step.step}")
        event.add("description", "\n".join(details))
        calendar.add_component(event)
    yearly = Event()
    yearly.add("uid", f"mlsteps-plan-{plan.id}-year-on-year@mlsteps")
    yearly.add("dtstamp", stamp)
    yearly.add("summary", "Compare this year with last year (mlsteps progress)")
    first = plan.starts_on
    anniversary = (
        first.replace(year=first.year + 1) if (first.month, first.day) != (2, 29) else dt.date(first.year + 1, 3, 1)
    )
    yearly.add("dtstart", anniversary)
    yearly.add("dtend", anniversary + dt.timedelta(days=1))
    yearly.add("rrule", {"freq": "yearly"})
    calendar.add_component(yearly)
    return calendar.to_ical()
