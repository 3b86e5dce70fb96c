"""How the terminal shows things: verdicts, the map, an exercise. Rich, and nothing but presentation."""

from __future__ import annotations

from rich.console import Console, Group
from rich.markdown import Markdown
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from mlsteps.engine.exercise import Exercise
from mlsteps.engine.showing import count_of
from mlsteps.engine.verdict import PASSED, Verdict
from mlsteps.journey.journey import Journey, StepProgress

console = Console(highlight=False)
errors = Console(stderr=True, highlight=False)

FAILING_CASES_SHOWN = 3
VERDICT_STYLE = {
    "passed": ("✓ passed", "bold green"),
    "failed": ("✗ failed", "bold red"),
    "error": ("✗ error", "bold red"),
    "timeout": ("⏱ timeout", "bold yellow"),
    "memory": ("✗ memory", "bold yellow"),
    "output": ("✗ output", "bold yellow"),
    "crashed": ("✗ crashed", "bold magenta"),
}
STATUS_STYLE = {"passed": "green", "attempted": "yellow", "started": "cyan", "new": "dim"}


def verdict_view(verdict: Verdict, next_step: bool = True) -> Group:
    """The verdict as the terminal shows it; ``next_step=False`` where the caller moves on by itself (``watch``)."""
    label, style = VERDICT_STYLE[verdict.verdict]
    header = Text.assemble(
        (label, style),
        ("  " + verdict.id, "bold"),
        (f"   {verdict.cases_passed}/{len(verdict.cases)} cases · {verdict.duration_ms:.0f} ms", "dim"),
    )
    parts: list = [header, Text(verdict.summary)]
    if verdict.problem:
        parts.append(Text(verdict.problem, style="red"))
    failing = [case for case in verdict.cases if not case.passed]
    shown = [case for case in failing if "not run:" not in case.message][:FAILING_CASES_SHOWN]
    for case in shown:
        title = f"case {case.id}" + (f" · {case.label}" if case.label else "")
        parts.append(Panel(Text(case.message), title=title, title_align="left", border_style="red", expand=False))
    if len(failing) > len(shown):
        parts.append(Text(f"... and {count_of(len(failing) - len(shown), 'more case')} not passed.", style="dim"))
    if next_step:
        parts.append(Text(verdict.next_step, style="green" if verdict.verdict == PASSED else "cyan"))
    if verdict.not_saved:
        parts.append(Text(verdict.not_saved, style="yellow"))
    return Group(*parts)


def lessons_view(cues: list[str]) -> Text:
    """The tidbits a passed exercise added to the learner's review."""
    lines = "\n".join(f"  · {cue}" for cue in cues)
    return Text(f"Added to your tidbits, for review (`mlsteps review`):\n{lines}", style="dim")


def exercise_view(exercise: Exercise, path: str, status: str) -> Group:
    details = Text.assemble(
        (exercise.id, "bold"),
        (f"  · step {exercise.step} · {exercise.topic} · about {exercise.minutes} min · {status}", "dim"),
    )
    where = Text.assemble(
        ("Your file: ", "bold"),
        (path, "cyan"),
        ("\nWrite your code there, save, then run ", ""),
        ("mlsteps check", "bold"),
        (" (or ", ""),
        ("mlsteps watch", "bold"),
        (" to check on every save).", ""),
    )
    return Group(details, Markdown(exercise.prompt), where)


def attempts_view(attempts: list) -> Text:
    if not attempts:
        return Text("No attempts yet.", style="dim")
    passed = sum(attempt.verdict == PASSED for attempt in attempts)
    last = attempts[-1]
    return Text(
        f"{count_of(len(attempts), 'attempt')}, {passed} passed; the last on {last.at:%Y-%m-%d %H:%M} (UTC): "
        f"{last.verdict}, {last.cases_passed}/{last.cases_total} cases.",
        style="dim",
    )


def map_view(journey: Journey, progress: list[StepProgress]) -> Table:
    statuses = journey.statuses()
    table = Table(title="The five steps", show_lines=True, expand=True)
    table.add_column("Step", justify="center", no_wrap=True)
    table.add_column("What and why")
    table.add_column("Usually", no_wrap=True)
    table.add_column("Your progress", no_wrap=True)
    for item in progress:
        step = item.step
        topics = []
        for topic in step.topics:
            ids = [e.id for e in journey.catalog if e.step == step.number and e.topic == topic.id]
            done = sum(statuses[i] == "passed" for i in ids)
            topics.append(f"{topic.title} {done}/{len(ids)}" if ids else topic.title)
        body = Text.assemble((step.title, "bold"), "\n", (step.why, ""), "\n", ("Topics: " + " · ".join(topics), "dim"))
        bar = _bar(item.solved, item.total)
        table.add_row(str(step.number), body, f"{step.months:g} months", bar)
    return table


def _bar(done: int, total: int, width: int = 12) -> Text:
    if total == 0:
        return Text("exercises coming", style="dim")
    filled = round(width * done / total)
    return Text.assemble(("█" * filled, "green"), ("░" * (width - filled), "dim"), f" {done}/{total}")


def exercise_table(rows: list[tuple[Exercise, str]]) -> Table:
    """``mlsteps list``: the id is what a learner types, so it is never cut; at narrow widths the title wraps and
    the file column (the id's own path) goes first."""
    wide = console.width >= 110
    table = Table(show_edge=False)
    table.add_column("id", no_wrap=True, overflow="ignore", min_width=max((len(e.id) for e, _ in rows), default=2))
    table.add_column("title", overflow="fold", ratio=1)
    table.add_column("min", no_wrap=True, justify="right")
    table.add_column("status", no_wrap=True)
    if wide:
        table.add_column("file", no_wrap=True)
    for exercise, status in rows:
        cells = [exercise.id, exercise.title, str(exercise.minutes), Text(status, style=status_style(status))]
        table.add_row(*cells, *([exercise.workspace_path] if wide else []))
    return table


def doctor_table(findings: list) -> Table:
    """``mlsteps doctor``: every cell is plain text, so an install command such as ``mlsteps[deep]`` shows whole."""
    table = Table(show_edge=False)
    for column in ("", "what", "found", "to fix"):
        table.add_column(column)
    for finding in findings:
        mark = Text("✓", "green") if finding.ok else (Text("·", "yellow") if finding.optional else Text("✗", "red"))
        table.add_row(mark, Text(finding.name), Text(finding.found), Text(finding.fix))
    return table


def status_style(status: str) -> str:
    return STATUS_STYLE.get(status, "")
