"""How the terminal shows things: verdicts, the map, an exercise. Rich, and nothing but presentation."""

from __future__ import annotations

from rich.console import Console, Group
from rich.markdown import Markdown
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from mlsteps.engine.exercise import Exercise
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


def verdict_view(verdict: Verdict) -> Group:
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
        parts.append(Text(f"... and {len(failing) - len(shown)} more cases not passed.", style="dim"))
    parts.append(Text(verdict.next_step, style="green" if verdict.verdict == PASSED else "cyan"))
    return Group(*parts)


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


def status_style(status: str) -> str:
    return STATUS_STYLE.get(status, "")
