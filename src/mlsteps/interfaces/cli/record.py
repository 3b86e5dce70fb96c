"""The journey's commands: resources, plan, log, progress, tidbit, review, export and import.

They call the functions in ``mlsteps.journey`` and only present what comes back. Input those functions refuse
(``BadInput``) becomes a clear message and exit status 2, with nothing recorded. Heavy modules are imported inside
the commands, so ``mlsteps --help`` stays fast.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from mlsteps.interfaces.cli.common import JsonFlag, fail, open_journey, print_json

if TYPE_CHECKING:
    from mlsteps.journey.journey import Journey

StepOption = Annotated[int | None, typer.Option("--step", help="A step, 1 to 5.")]
OnOption = Annotated[str | None, typer.Option("--on", help="The day, as YYYY-MM-DD (default: today).")]
AsOfOption = Annotated[str | None, typer.Option("--as-of", help="Look as of this day, YYYY-MM-DD (default: today).")]


def _day(text: str | None, what: str = "date") -> dt.date:
    from mlsteps.record.inputs import parse_date

    return dt.date.today() if text is None else parse_date(text, what)


def _console():
    from mlsteps.interfaces.console import console

    return console


def _say(text: str, style: str = "") -> None:
    _console().print(text, style=style, markup=False, soft_wrap=True)


def _hours(value: float) -> str:
    return f"{value:.1f} h"


def _when(moment: dt.datetime, now: dt.datetime) -> str:
    seconds = (moment - now).total_seconds()
    if seconds <= 0:
        return "now"
    size, unit = next(((s, u) for s, u in ((86400, "day"), (3600, "hour")) if seconds >= s), (60, "minute"))
    count = max(1, round(seconds / size))
    text = f"in {count} {unit}" + ("s" if count != 1 else "")
    return f"on {moment.date().isoformat()} ({text})" if unit == "day" else text


# ------------------------------------------------------------------------------------------------ resources

app = typer.Typer()

resources_app = typer.Typer(
    help="The resources database: courses, videos, articles, books and tools for each step, and your own.",
    no_args_is_help=False,
)
app.add_typer(resources_app, name="resources")


@resources_app.callback(invoke_without_command=True)
def resources_main(ctx: typer.Context) -> None:
    """The resources database. With no command, lists every resource."""
    if ctx.invoked_subcommand is None:
        list_resources()


@resources_app.command("list")
def list_resources(
    step: StepOption = None,
    kind: Annotated[str | None, typer.Option("--kind", help="course, video, article, book or tool.")] = None,
    free: Annotated[bool | None, typer.Option("--free/--paid", help="Only free ones, or only paid ones.")] = None,
    search: Annotated[str | None, typer.Option("--search", "-s", help="Words to find in title or note.")] = None,
    status: Annotated[str | None, typer.Option("--status", help="new, started or done.")] = None,
    as_json: JsonFlag = False,
) -> None:
    """List resources, filtered by step, kind, cost, words or your status."""
    from mlsteps.record import resources

    with open_journey() as journey:
        found = resources.listing(journey.store, step, kind, free, search, status)
    if as_json:
        print_json([item.to_dict() for item in found])
        return
    if not found:
        _say("No resource matches. Try fewer filters, or add your own with `mlsteps resources add`.")
        return
    from rich.table import Table
    from rich.text import Text

    table = Table(show_edge=False, show_lines=False)
    for column in ("step", "key", "title", "kind", "cost", "hours", "yours"):
        table.add_column(column, no_wrap=column in ("step", "hours"))
    for item in found:
        r, mark = item.resource, item.mark
        yours = mark.status if mark.status != "new" else ""
        if mark.rating:
            yours += f" {'★' * mark.rating}"
        title = Text.assemble(r.title, "\n", (r.url, "dim"))
        table.add_row(str(r.step), r.key, title, r.kind, "free" if r.free else "paid", f"{r.hours:g}", yours.strip())
    _console().print(table)
    _say(
        "Mark one with `mlsteps resources start KEY` or `done KEY`; rate it with `mlsteps resources rate KEY 1-5`.",
        "dim",
    )


@resources_app.command("add")
def add_resource(
    title: Annotated[str, typer.Argument(help="Its title.")],
    url: Annotated[str, typer.Argument(help="Its full web address, https://...")],
    step: Annotated[int, typer.Option("--step", help="The step it is for, 1 to 5.")],
    kind: Annotated[str, typer.Option("--kind", help="course, video, article, book or tool.")] = "article",
    paid: Annotated[bool, typer.Option("--paid", help="It costs money.")] = False,
    hours: Annotated[float, typer.Option("--hours", help="Roughly how long it takes.")] = 1.0,
    note: Annotated[str, typer.Option("--note", help="A line on what it is good for.")] = "",
    as_json: JsonFlag = False,
) -> None:
    """Add a resource of your own to the database."""
    from mlsteps.record import resources

    with open_journey() as journey:
        added = resources.add(journey.store, title, url, step, kind, not paid, hours, note)
    if as_json:
        print_json(resources.Listed(added, resources.Mark()).to_dict())
        return
    _say(f"Added {added.key}: {added.title} (step {added.step}, {added.kind}).")


def _mark(action: str, key: str, on: str | None, as_json: bool) -> None:
    from mlsteps.record import resources

    with open_journey() as journey:
        today = dt.date.today()
        day = _day(on)
        marker = resources.start if action == "start" else resources.finish
        marked = marker(journey.store, key, day, today)
    if as_json:
        print_json(marked.to_dict())
        return
    verb = "started" if action == "start" else "finished"
    _say(f"{marked.resource.title}: {verb} on {day.isoformat()}.")


@resources_app.command("start")
def start_resource(
    key: Annotated[str, typer.Argument(help="The resource's key (see `mlsteps resources list`).")],
    on: OnOption = None,
    as_json: JsonFlag = False,
) -> None:
    """Mark a resource as started."""
    _mark("start", key, on, as_json)


@resources_app.command("done")
def finish_resource(
    key: Annotated[str, typer.Argument(help="The resource's key (see `mlsteps resources list`).")],
    on: OnOption = None,
    as_json: JsonFlag = False,
) -> None:
    """Mark a resource as done (it counts in your progress and your plan)."""
    _mark("done", key, on, as_json)


@resources_app.command("rate")
def rate_resource(
    key: Annotated[str, typer.Argument(help="The resource's key.")],
    rating: Annotated[int, typer.Argument(help="1 (not for me) to 5 (excellent).")],
    as_json: JsonFlag = False,
) -> None:
    """Rate a resource from 1 to 5."""
    from mlsteps.record import resources

    with open_journey() as journey:
        rated = resources.rate(journey.store, key, rating)
    if as_json:
        print_json(rated.to_dict())
        return
    _say(f"{rated.resource.title}: {'★' * rating}{'☆' * (5 - rating)}")


# ----------------------------------------------------------------------------------------------------- plan

plan_app = typer.Typer(
    help="Your own curriculum: a dated plan from your pace and your choice of resources.\n\n"
    "Each step lasts the roadmap's usual months, longer if its work needs more at your pace. Its work is its "
    "exercises (their estimated minutes) and the resources you picked (their rough hours; by default the "
    "roadmap's free ones); 'done' is the share of that work finished. Hours are the time you spent, counted as "
    "`mlsteps progress` counts them: exercise time read from your attempts, the study you logged, and the rough "
    "hours of each resource you marked done without logging time against it."
)
app.add_typer(plan_app, name="plan")


@plan_app.callback(invoke_without_command=True)
def plan_main(ctx: typer.Context) -> None:
    """Your plan. With no command, shows where you are against it."""
    if ctx.invoked_subcommand is None:
        show_plan()


def _pace(journey: Journey, given: float | None) -> float:
    if given is not None:
        return given
    pace = journey.workspace.config.get("learner", {}).get("hours_per_week", 5)
    if isinstance(pace, bool) or not isinstance(pace, int | float):
        raise fail(f"hours_per_week in mlsteps.toml is {pace!r}: make it a number of hours, such as 5.")
    return float(pace)


def _months(texts: list[str]) -> dict[int, float]:
    months = {}
    for text in texts:
        step, _, value = text.partition("=")
        try:
            months[int(step)] = float(value)
        except ValueError:
            raise fail(
                f"'{text}' is not STEP=MONTHS. Write, for example, --months 2=5 for five months on step 2."
            ) from None
    return months


HoursOption = Annotated[float | None, typer.Option("--hours-per-week", help="Your pace (default: mlsteps.toml).")]


@plan_app.command("build")
def build_plan(
    hours_per_week: HoursOption = None,
    start: Annotated[str | None, typer.Option("--start", help="First day, YYYY-MM-DD (default: today).")] = None,
    months: Annotated[
        list[str] | None, typer.Option("--months", help="Months for a step, as STEP=MONTHS (repeat for more).")
    ] = None,
    pick: Annotated[
        list[str] | None,
        typer.Option("--pick", help="A resource key to study (repeat). Steps you pick none for get the roadmap's."),
    ] = None,
    as_json: JsonFlag = False,
) -> None:
    """Make your plan: the five steps in order, dated from your pace and the resources you pick."""
    from mlsteps.record import plan

    with open_journey() as journey:
        made = plan.build(
            journey.store,
            journey.catalog,
            _pace(journey, hours_per_week),
            _day(start, "start date"),
            _months(months or []),
            pick or [],
        )
        if as_json:
            print_json(made.to_dict())
            return
        _show(journey, made, dt.date.today())


@plan_app.command("show")
def show_plan(as_of: AsOfOption = None, as_json: JsonFlag = False) -> None:
    """Your plan, and where you are against it."""
    from mlsteps.record import plan

    with open_journey() as journey:
        current = plan.require(journey.store, journey.catalog)
        day = _day(as_of)
        if as_json:
            standing = plan.standing(journey.store, journey.catalog, current, day)
            print_json({"plan": current.to_dict(), "standing": standing.to_dict()})
            return
        _show(journey, current, day)


def _show(journey: Journey, current, day: dt.date) -> None:
    from rich.table import Table

    from mlsteps.record import plan

    standing = plan.standing(journey.store, journey.catalog, current, day)
    table = Table(
        title=f"Your plan: {current.starts_on} to {current.ends_on} at {current.hours_per_week:g} hours a week",
        show_edge=False,
    )
    for column in ("step", "dates", "months", "work", "hours so far", "done", "expected by now"):
        table.add_column(column)
    for planned, stands in zip(current.steps, standing.steps, strict=True):
        marker = "▶ " if planned.step == standing.working_step else ""
        table.add_row(
            f"{marker}{planned.step}. {planned.title}",
            f"{planned.starts_on} to {planned.ends_on}",
            f"{planned.months:g}"
            + (f" (usually {planned.usual_months:g})" if planned.months != planned.usual_months else ""),
            _hours(planned.workload_hours),
            _hours(stands.hours),
            f"{stands.done_fraction:.0%}",
            f"{stands.planned_fraction:.0%}",
        )
    _console().print(table)
    weeks = abs(standing.weeks_ahead)
    messages = {
        plan.NOT_STARTED: f"Your plan starts on {current.starts_on}.",
        plan.FINISHED: "You have done all the work in your plan. Time for a project of your own, and a new plan.",
        plan.ON_TRACK: "You are on track.",
        plan.AHEAD: (
            f"You are about {weeks:.0f} weeks ahead of your plan. `mlsteps plan replan` brings the dates forward."
        ),
        plan.BEHIND: (
            f"You are about {weeks:.0f} weeks behind your plan. That is normal: `mlsteps plan replan` lays out what "
            "is left from today (add --hours-per-week to change your pace)."
        ),
    }
    _say(messages[standing.verdict], "bold")
    working = next((p for p in current.steps if p.step == standing.working_step), None)
    if working is not None and working.resources:
        from mlsteps.record import resources

        marks = resources.marks(journey.store)
        _say(f"\nResources for step {working.step}:")
        for resource in working.resources:
            status = marks[resource.key].status if resource.key in marks else "new"
            _say(f"  [{status}] {resource.title} ({resource.key}) {resource.url}")
        if working.exercises:
            _say(f"  {working.exercises} exercises: `mlsteps list --step {working.step}`")


@plan_app.command("replan")
def replan(
    starting: Annotated[str | None, typer.Option("--from", help="Lay out what is left from this day.")] = None,
    hours_per_week: Annotated[float | None, typer.Option("--hours-per-week", help="A new pace.")] = None,
    as_json: JsonFlag = False,
) -> None:
    """Re-plan from today: finished steps keep their dates, what is left gets new ones."""
    from mlsteps.record import plan

    with open_journey() as journey:
        day = _day(starting)
        made = plan.replan(journey.store, journey.catalog, day, hours_per_week)
        if as_json:
            print_json(made.to_dict())
            return
        _say(f"New plan made ({made.reason}).")
        _show(journey, made, day)


@plan_app.command("export")
def export_plan(
    markdown: Annotated[Path | None, typer.Option("--markdown", help="Write the plan as Markdown here.")] = None,
    ics: Annotated[Path | None, typer.Option("--ics", help="Write the plan as an iCalendar (.ics) file here.")] = None,
) -> None:
    """Write your plan as Markdown, or as a calendar file for any calendar app."""
    from mlsteps.record import plan, planexport, resources
    from mlsteps.record.files import write_atomically

    if markdown is None and ics is None:
        raise fail("Say where to write it: --markdown plan.md, --ics plan.ics, or both.")
    with open_journey() as journey:
        current = plan.require(journey.store, journey.catalog)
        for path in (p for p in (markdown, ics) if p is not None):
            if not path.parent.is_dir():
                raise fail(f"The folder {path.parent} does not exist: make it first, or write the file elsewhere.")
        if markdown is not None:
            write_atomically(markdown, planexport.to_markdown(current, resources.marks(journey.store)))
            _say(f"Plan written to {markdown}")
        if ics is not None:
            ics.write_bytes(planexport.to_ics(current))
            _say(f"Calendar written to {ics}: open it with your calendar app to add the steps.")


# ------------------------------------------------------------------------------------------------ study log


@app.command("log")
def log_study(
    duration: Annotated[str | None, typer.Argument(help="How long: 45m, 1h, 1h30m or 1.5h.")] = None,
    topic: Annotated[str | None, typer.Argument(help="What you studied.")] = None,
    step: StepOption = None,
    on: OnOption = None,
    resource: Annotated[str | None, typer.Option("--resource", help="The resource you studied (its key).")] = None,
    last: Annotated[int, typer.Option("--last", min=1, help="How many entries to show, with no DURATION.")] = 20,
    as_json: JsonFlag = False,
) -> None:
    """Record study time: `mlsteps log 45m "pandas groupby" --step 2`. With nothing after it, shows your log."""
    from mlsteps.record import studylog
    from mlsteps.record.inputs import parse_duration

    with open_journey() as journey:
        if duration is None:
            entries = studylog.entries(journey.store)[-last:]
            if as_json:
                print_json([entry.to_dict() for entry in entries])
                return
            if not entries:
                _say('Nothing logged yet. After you study, run for example: mlsteps log 45m "pandas groupby"')
            for entry in entries:
                where = f"step {entry.step}" if entry.step else "no step"
                _say(f"{entry.studied_on}  {entry.minutes:>4} min  {where:8}  {entry.topic}")
            return
        minutes = parse_duration(duration)
        if topic is None:
            raise fail(f'Say what you studied, after the time: mlsteps log {duration} "pandas groupby"')
        guessed = step is None and resource is None
        if guessed:
            step = journey.step_in_hand()
        entry = studylog.record(journey.store, minutes, topic, _day(on), dt.date.today(), step, resource)
    if as_json:
        print_json(entry.to_dict())
        return
    where = f"step {entry.step}" if entry.step else "no step"
    _say(f"Logged {entry.minutes} minutes of {entry.topic!r} on {entry.studied_on} ({where}).")
    if guessed and entry.step:
        _say(f"Step {entry.step} is the step of the exercise you are on; say another with --step.", "dim")


# ------------------------------------------------------------------------------------------------- progress


@app.command("progress")
def show_progress(
    chart: Annotated[
        Path | None, typer.Option("--chart", help="Also draw the charts into this .png or .svg file.")
    ] = None,
    as_of: AsOfOption = None,
    as_json: JsonFlag = False,
) -> None:
    """Your progress per step, month by month, and this year against last year."""
    from mlsteps.record.progress import progress

    with open_journey() as journey:
        figures = progress(journey.store, journey.catalog, _day(as_of))
        written = None
        if chart is not None:
            from mlsteps.record.charts import write_chart

            written = write_chart(figures, chart)
    if as_json:
        print_json({**figures.to_dict(), "chart": str(written) if written else None})
        return
    _progress_view(figures)
    if written is not None:
        _say(f"\nCharts written to {written}")


def _progress_view(figures) -> None:
    from rich.table import Table

    console = _console()
    this, last = figures.this_year, figures.this_year - 1
    now_year, before = figures.years[this], figures.last_year_to_date
    year = Table(title=f"This year against last year (1 January to {figures.as_of:%d %B})", show_edge=False)
    for column in ("", str(last), str(this)):
        year.add_column(column, justify="right")
    year.add_row("hours", _hours(before.hours), _hours(now_year.hours))
    year.add_row("exercises solved", str(before.solved), str(now_year.solved))
    year.add_row("resources done", str(before.resources_done), str(now_year.resources_done))
    year.add_row("projects published", str(before.repositories), str(now_year.repositories))
    console.print(year)

    months = Table(title="Month by month", show_edge=False)
    for column in ("month", "hours", "", "solved"):
        months.add_column(column)
    shown = list(figures.months.items())[-12:]
    top = max((tally.hours for _, tally in shown), default=0) or 1
    for key, tally in shown:
        months.add_row(key, _hours(tally.hours), "█" * round(20 * tally.hours / top), str(tally.solved or ""))
    console.print(months)

    steps = Table(title="Per step", show_edge=False)
    for column in ("step", "exercises", "hours", "resources done", "projects (repo / post)"):
        steps.add_column(column)
    for item in figures.steps:
        t = item.tally
        steps.add_row(
            f"{item.step}. {item.title}",
            f"{t.solved}/{item.exercises}",
            _hours(t.hours),
            str(t.resources_done),
            f"{item.projects} ({t.repositories} / {t.posts})",
        )
    if figures.no_step.hours:
        steps.add_row("not tied to a step", "", _hours(figures.no_step.hours), "", "")
    console.print(steps)
    _say("Compare year on year, not day to day: some weeks feel slow, and that is fine.", "dim")


# -------------------------------------------------------------------------------------------------- tidbits

tidbit_app = typer.Typer(help="Your tidbits: short lessons you collect, reviewed with spaced repetition.")
app.add_typer(tidbit_app, name="tidbit")

TagOption = Annotated[list[str] | None, typer.Option("--tag", "-t", help="A tag (repeat for more).")]
SourceOption = Annotated[str | None, typer.Option("--source", help="Where you learned it: a web address.")]
CueOption = Annotated[str | None, typer.Option("--cue", help="A question to answer from memory when reviewing.")]


def _tidbit_rows(found) -> None:
    from rich.table import Table
    from rich.text import Text

    if not found:
        _say('No tidbits here. Add one: mlsteps tidbit add "what you learned" --tag trees')
        return
    table = Table(show_edge=False, show_lines=True)
    for column in ("#", "tidbit", "tags", "next review"):
        table.add_column(column)
    for tidbit in found:
        text = Text.assemble((tidbit.cue, "bold"), "\n", tidbit.text) if tidbit.cue else Text(tidbit.text)
        table.add_row(str(tidbit.id), text, ", ".join(tidbit.tags), tidbit.due.date().isoformat())
    _console().print(table)


@tidbit_app.command("add")
def add_tidbit(
    text: Annotated[str, typer.Argument(help="What you learned, in your own words.")],
    tag: TagOption = None,
    source: SourceOption = None,
    cue: CueOption = None,
    step: StepOption = None,
    as_json: JsonFlag = False,
) -> None:
    """Keep a tidbit: `mlsteps tidbit add "..." --tag trees --source URL`."""
    from mlsteps.record import tidbits

    with open_journey() as journey:
        added = tidbits.add(journey.store, text, tag or [], source, cue or "", step)
    if as_json:
        print_json(added.to_dict())
        return
    _say(f"Tidbit {added.id} kept. It comes up in `mlsteps review` from now on.")


@tidbit_app.command("list")
def list_tidbits(
    tag: Annotated[str | None, typer.Option("--tag", "-t", help="Only tidbits with this tag.")] = None,
    as_json: JsonFlag = False,
) -> None:
    """Your tidbits, with when each comes up for review."""
    from mlsteps.record import tidbits

    with open_journey() as journey:
        tidbits.seed_starters(journey.store)
        found = tidbits.all_tidbits(journey.store, tag)
    if as_json:
        print_json([t.to_dict() for t in found])
        return
    _tidbit_rows(found)


@tidbit_app.command("search")
def search_tidbits(
    words: Annotated[list[str], typer.Argument(help="Words that must all appear.")],
    as_json: JsonFlag = False,
) -> None:
    """Find tidbits by words in their text, question, tags or source."""
    from mlsteps.record import tidbits

    with open_journey() as journey:
        tidbits.seed_starters(journey.store)
        found = tidbits.search(journey.store, " ".join(words))
    if as_json:
        print_json([t.to_dict() for t in found])
        return
    _tidbit_rows(found)


@tidbit_app.command("edit")
def edit_tidbit(
    number: Annotated[int, typer.Argument(help="The tidbit's number (see `mlsteps tidbit list`).")],
    text: Annotated[str | None, typer.Option("--text", help="New text.")] = None,
    tag: Annotated[list[str] | None, typer.Option("--tag", "-t", help="New tags, replacing the old.")] = None,
    source: SourceOption = None,
    cue: CueOption = None,
    step: StepOption = None,
    as_json: JsonFlag = False,
) -> None:
    """Change a tidbit's text, tags, source, question or step. Its review schedule is kept."""
    from mlsteps.record import tidbits

    with open_journey() as journey:
        changed = tidbits.edit(journey.store, number, text, tag, source, cue, step)
    if as_json:
        print_json(changed.to_dict())
        return
    _say(f"Tidbit {changed.id} changed.")


@tidbit_app.command("delete")
def delete_tidbit(
    number: Annotated[int, typer.Argument(help="The tidbit's number.")],
    as_json: JsonFlag = False,
) -> None:
    """Delete a tidbit and its review history."""
    from mlsteps.record import tidbits

    with open_journey() as journey:
        gone = tidbits.delete(journey.store, number)
    if as_json:
        print_json(gone.to_dict())
        return
    _say(f"Tidbit {gone.id} deleted.")


@tidbit_app.command("export")
def export_tidbits(
    file: Annotated[Path, typer.Argument(help="The Markdown file to write, such as tidbits.md.")],
    tag: Annotated[str | None, typer.Option("--tag", "-t", help="Only tidbits with this tag.")] = None,
) -> None:
    """Write your tidbits to a Markdown file."""
    from mlsteps.record import tidbits
    from mlsteps.record.files import write_atomically

    if file.suffix.lower() not in (".md", ".markdown"):
        raise fail("Tidbits are written as Markdown: name the file with .md, such as tidbits.md.")
    if not file.parent.is_dir():
        raise fail(f"The folder {file.parent} does not exist: make it first, or write the file elsewhere.")
    with open_journey() as journey:
        tidbits.seed_starters(journey.store)
        found = tidbits.all_tidbits(journey.store, tag)
    write_atomically(file, tidbits.to_markdown(found))
    _say(f"{len(found)} tidbits written to {file}")


# --------------------------------------------------------------------------------------------------- review

RATING_PROMPT = "How well did you remember it? 1 again · 2 hard · 3 good · 4 easy (q to stop): "


def _ask(prompt: str) -> str | None:
    try:
        return input(prompt)
    except EOFError:
        return None


@app.command()
def review(
    answer: Annotated[
        list[str] | None,
        typer.Option(
            "--answer", "-a", help="Answer without being asked: again, hard, good or easy, one per due tidbit."
        ),
    ] = None,
    limit: Annotated[int, typer.Option("--limit", min=1, help="At most this many tidbits.")] = 20,
    as_json: JsonFlag = False,
) -> None:
    """Review the tidbits that are due, and say how well you remembered each. Every answer is recorded."""
    from mlsteps.record import tidbits
    from mlsteps.record.inputs import utc_now

    with open_journey() as journey:
        store = journey.store
        tidbits.seed_starters(store)
        now = utc_now()
        due = tidbits.due(store, now, limit)
        if answer:
            for word in answer:
                tidbits.rating_of(word)
            if len(answer) > len(due):
                raise fail(
                    f"You gave {len(answer)} answers but only {len(due)} tidbits are due: nothing was recorded. "
                    "`mlsteps review --json` lists what is due."
                )
            given = [tidbits.review(store, t.id, word, now) for t, word in zip(due, answer, strict=False)]
            if as_json:
                print_json([{"rating": a.rating, "at": a.at.isoformat(), "tidbit": a.tidbit.to_dict()} for a in given])
                return
            for item in given:
                _say(f"Tidbit {item.tidbit.id}: {item.rating}; next review {_when(item.tidbit.due, now)}.")
            return
        if as_json:
            upcoming = tidbits.next_due(store)
            print_json({"due": [t.to_dict() for t in due], "next_due": upcoming.isoformat() if upcoming else None})
            return
        _review_interactively(store, due, now)


def _review_interactively(store, due, now: dt.datetime) -> None:
    from rich.panel import Panel
    from rich.text import Text

    from mlsteps.record import tidbits
    from mlsteps.record.inputs import BadInput, utc_now

    console = _console()
    if not due:
        upcoming = tidbits.next_due(store)
        later = f" The next one is due {_when(upcoming, now)}." if upcoming else ""
        _say(f"Nothing to review now.{later}")
        return
    _say(f"{len(due)} tidbits to review. Answer honestly: that is what makes the schedule work for you.")
    done = 0
    for number, tidbit in enumerate(due, start=1):
        heading = f"{number}/{len(due)} · tidbit {tidbit.id}"
        if tidbit.cue:
            console.print(Panel(Text(tidbit.cue), title=heading, title_align="left"))
            if _ask("Think of your answer, then press Enter to see it. ") is None:
                break
            console.print(Panel(Text(tidbit.text), border_style="green"))
        else:
            console.print(Panel(Text(tidbit.text), title=heading, title_align="left"))
        rating = None
        while rating is None:
            reply = _ask(RATING_PROMPT)
            if reply is None or reply.strip().lower() in ("q", "quit"):
                break
            try:
                tidbits.rating_of(reply)
                rating = reply
            except BadInput as exc:
                _say(str(exc), "yellow")
        if rating is None:
            break
        moment = utc_now()
        given = tidbits.review(store, tidbit.id, rating, moment)
        done += 1
        _say(f"Recorded: {given.rating}. Next review {_when(given.tidbit.due, moment)}.", "dim")
    _say(f"{done} answers recorded." + ("" if done == len(due) else " Run `mlsteps review` again to carry on."))


# ----------------------------------------------------------------------------------------- export and import


@app.command("export")
def export_journey(
    file: Annotated[Path, typer.Argument(help="The JSON file to write, such as my-journey.json.")],
    as_json: JsonFlag = False,
) -> None:
    """Write your whole journey (attempts, log, plans, tidbits, resources, projects) and your work (the exercise
    files and notebooks you changed, your projects' files) to one JSON file."""
    from mlsteps.journey import exchange

    with open_journey() as journey:
        counts = exchange.export_to(journey.store, file, workspace=journey.workspace, catalog=journey.catalog)
    files = counts.pop("files", 0)
    if as_json:
        print_json(
            {"file": str(file), "format": exchange.FORMAT, "version": exchange.VERSION, "rows": counts, "files": files}
        )
        return
    total = sum(counts.values())
    _say(
        f"Your journey ({total} records and {files} files of your work) is in {file}. Keep it safe; `mlsteps import` "
        "restores it in a new workspace."
    )


@app.command("import")
def import_journey(
    file: Annotated[Path, typer.Argument(help="A file made by `mlsteps export`.")],
    as_json: JsonFlag = False,
) -> None:
    """Restore a journey exported with `mlsteps export` into this (new) workspace."""
    from mlsteps.journey import exchange

    with open_journey() as journey:
        counts = exchange.import_from(journey.store, file, workspace=journey.workspace, catalog=journey.catalog)
    files = counts.pop("files", 0)
    if as_json:
        print_json({"file": str(file), "rows": counts, "files": files})
        return
    listed = ", ".join(f"{count} {name.replace('_', ' ')}" for name, count in counts.items() if count)
    _say(f"Journey restored from {file}: {listed or 'nothing recorded in it yet'}; {files} files of your work.")
