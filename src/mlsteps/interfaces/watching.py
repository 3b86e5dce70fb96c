"""``mlsteps watch``: check on every save (file events debounced), and move on when an exercise passes."""

from __future__ import annotations

import signal
from pathlib import Path

from mlsteps.engine.exercise import Exercise
from mlsteps.interfaces.console import console, exercise_view, lessons_view, verdict_view
from mlsteps.journey.journey import Journey

DEBOUNCE_MS = 200


def exercises_changed(journey: Journey, paths: set[str]) -> list[Exercise]:
    """The exercises whose files are among ``paths``, the current one first."""
    found = []
    for raw in paths:
        try:
            relative = Path(raw).resolve().relative_to(journey.workspace.root).as_posix()
        except ValueError:
            continue
        exercise = journey.catalog.by_path(relative)
        if exercise is not None and exercise not in found:
            found.append(exercise)
    current = journey.current()
    return sorted(found, key=lambda exercise: exercise != current)


def _introduce(journey: Journey, exercise: Exercise) -> None:
    journey.set_current(exercise)
    console.rule(exercise.title)
    console.print(exercise_view(exercise, exercise.workspace_path, journey.statuses()[exercise.id]))
    console.print("Watching for saves. Press Ctrl+C to stop.", style="dim")


def check_and_report(journey: Journey, exercise: Exercise) -> bool:
    verdict = journey.check(exercise)
    console.rule(f"{exercise.id} · saved")
    console.print(verdict_view(verdict, next_step=not verdict.passed))
    if verdict.passed:
        lessons = journey.offer_lessons(exercise)
        if lessons:
            console.print(lessons_view(lessons))
        following = journey.next_exercise()
        if following is None:
            console.print("That was the last exercise. Congratulations!")
        else:
            console.print("Well done. Here is the next exercise.", style="green")
            _introduce(journey, following)
    return verdict.passed


def _stop_on_signals() -> None:
    """Ctrl+C (and a polite SIGTERM) end the watch cleanly, even when the shell started us with SIGINT ignored."""

    def interrupt(_signal: int, _frame: object) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGINT, signal.default_int_handler)
    signal.signal(signal.SIGTERM, interrupt)


def watch_workspace(journey: Journey) -> None:
    from watchfiles import PythonFilter, watch

    _stop_on_signals()

    current = journey.current()
    if current is None:
        console.print("You have solved every exercise. Nothing to watch.")
        return
    _introduce(journey, current)
    if not journey.workspace.is_untouched(current):
        check_and_report(journey, current)
    try:
        for changes in watch(
            journey.workspace.root, watch_filter=PythonFilter(), debounce=DEBOUNCE_MS, raise_interrupt=True
        ):
            for exercise in exercises_changed(journey, {path for _, path in changes}):
                check_and_report(journey, exercise)
    except KeyboardInterrupt:
        pass
    console.print("Stopped watching. Your progress is saved.", style="dim")
