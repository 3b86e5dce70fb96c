"""Checking exercises inside Jupyter: ``from mlsteps import check, hint, solution``, or the ``%check`` magic.

``check("python/fizzbuzz")`` takes the code this kernel has run (its input history), keeps what the exercise's
function needs (:mod:`mlsteps.notebooks.code`), writes it to ``.mlsteps/notebook-code/`` and has the
journey judge that file: the same worker, limits and record as ``mlsteps check``. The function the learner
defined in the kernel is never called here; their code runs in the worker. One journey (and so one warm worker)
is kept for the kernel's life, so every check after the first costs a fork.

Results show as HTML in a notebook and as plain text anywhere else. Outside IPython, ``check`` checks the
exercise's file in the workspace, as the command line does.
"""

from __future__ import annotations

import atexit
import html
import os
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from mlsteps.engine.showing import count_of
from mlsteps.engine.verdict import Verdict

if TYPE_CHECKING:
    from mlsteps.engine.exercise import Exercise
    from mlsteps.journey.journey import Hint, Journey
    from mlsteps.notebooks.code import Cell

__all__ = ["check", "hint", "load_ipython_extension", "solution"]

T = TypeVar("T")
CODE_DIR = "notebook-code"
FAILING_CASES_SHOWN = 3
LABELS = {
    "passed": ("✓ passed", "#1a7f37"),
    "failed": ("✗ failed", "#cf222e"),
    "error": ("✗ error", "#cf222e"),
    "timeout": ("⏱ timeout", "#9a6700"),
    "memory": ("✗ memory", "#9a6700"),
    "output": ("✗ output", "#9a6700"),
    "crashed": ("✗ crashed", "#8250df"),
}
BOX = "border-left:4px solid {color};padding:0.4em 0.8em;margin:0.2em 0;font-family:sans-serif;line-height:1.4"
PRE = "white-space:pre-wrap;background:rgba(127,127,127,0.08);padding:0.5em;margin:0.3em 0;font-size:0.92em"

_session: tuple[Path, Journey] | None = None


# ------------------------------------------------------------------------------------------ what shows


def _inline(text: str) -> str:
    """Plain text as HTML, with `code` in backticks shown as code."""
    return re.sub(r"`([^`]+)`", r"<code>\1</code>", html.escape(text))


def _for_notebook(text: str) -> str:
    """The command line's words for a hint, said the notebook's way."""
    return re.sub(r"`mlsteps hint ([^`\s]+)`", r'`hint("\1")`', text)


class Note:
    """A short message: something to fix before checking, or what a headless run does instead."""

    def __init__(self, text: str, problem: bool = True) -> None:
        self.text = text
        self.problem = problem

    def __repr__(self) -> str:
        return self.text

    def _repr_html_(self) -> str:
        color = "#9a6700" if self.problem else "#57606a"
        paragraphs = "".join(f"<p style='margin:0.2em 0'>{_inline(part)}</p>" for part in self.text.split("\n"))
        return f"<div style='{BOX.format(color=color)}'>{paragraphs}</div>"


class VerdictView:
    """A verdict as a notebook shows it. ``.passed`` and ``.verdict`` are there for code that wants them."""

    def __init__(self, verdict: Verdict) -> None:
        self.verdict = verdict

    @property
    def passed(self) -> bool:
        return self.verdict.passed

    def _failing(self) -> tuple[list, int]:
        failing = [case for case in self.verdict.cases if not case.passed]
        shown = [case for case in failing if "not run:" not in case.message][:FAILING_CASES_SHOWN]
        return shown, len(failing) - len(shown)

    def _header(self) -> str:
        verdict = self.verdict
        return f"{verdict.cases_passed}/{len(verdict.cases)} cases · {verdict.duration_ms:.0f} ms"

    def __repr__(self) -> str:
        verdict = self.verdict
        label, _ = LABELS[verdict.verdict]
        lines = [f"{label}  {verdict.id}   {self._header()}", verdict.summary]
        if verdict.problem:
            lines.append(verdict.problem)
        shown, more = self._failing()
        for case in shown:
            lines += ["", f"case {case.id}" + (f" · {case.label}" if case.label else ""), case.message]
        if more:
            lines.append(f"... and {count_of(more, 'more case')} not passed.")
        lines += ["", _for_notebook(verdict.next_step)]
        if verdict.not_saved:
            lines += ["", verdict.not_saved]
        return "\n".join(lines)

    def _repr_html_(self) -> str:
        verdict = self.verdict
        label, color = LABELS[verdict.verdict]
        parts = [
            f"<div><b style='color:{color}'>{label}</b> &nbsp;<b>{html.escape(verdict.id)}</b>"
            f" &nbsp;<span style='opacity:0.7'>{self._header()}</span></div>",
            f"<div>{_inline(verdict.summary)}</div>",
        ]
        if verdict.problem:
            parts.append(f"<pre style='{PRE}'>{html.escape(verdict.problem)}</pre>")
        shown, more = self._failing()
        for case in shown:
            title = f"case {case.id}" + (f" · {case.label}" if case.label else "")
            parts.append(
                f"<details open><summary>{html.escape(title)}</summary>"
                f"<pre style='{PRE}'>{html.escape(case.message)}</pre></details>"
            )
        if more:
            parts.append(f"<div style='opacity:0.7'>... and {count_of(more, 'more case')} not passed.</div>")
        parts.append(f"<div style='margin-top:0.3em'>{_inline(_for_notebook(verdict.next_step))}</div>")
        if verdict.not_saved:
            parts.append(f"<div style='margin-top:0.3em;color:#9a6700'>{html.escape(verdict.not_saved)}</div>")
        return f"<div style='{BOX.format(color=color)}'>{''.join(parts)}</div>"


class HintView:
    def __init__(self, given: Hint) -> None:
        self.given = given

    def _lines(self) -> list[tuple[str, bool]]:
        """Each line, and whether it is the one just given."""
        given = self.given
        lines = [(f"Hint {number}: {text}", False) for number, text in enumerate(given.earlier, start=1)]
        lines.append((f"Hint {given.number} of {given.total}: {given.text}", True))
        if given.not_saved:
            lines.append((given.not_saved, False))
        elif given.number < given.total:
            lines.append((f'Run `hint("{given.exercise_id}")` again for a stronger hint.', False))
        return lines

    def __repr__(self) -> str:
        return "\n".join(text for text, _ in self._lines())

    def _repr_html_(self) -> str:
        rows = "".join(
            f"<div style='{'' if current else 'opacity:0.65'}'>{_inline(text)}</div>" for text, current in self._lines()
        )
        return f"<div style='{BOX.format(color='#0969da')}'>{rows}</div>"


class SolutionView:
    ADVICE = "Read it, then close it and write it again yourself in the code cell: that is how it sticks."

    def __init__(self, exercise_id: str, code: str, not_saved: str | None = None) -> None:
        self.exercise_id = exercise_id
        self.code = code
        self.advice = f"{not_saved} {self.ADVICE}" if not_saved else self.ADVICE

    def __repr__(self) -> str:
        return f"A reference solution for {self.exercise_id}:\n\n{self.code}\n{self.advice}"

    def _repr_html_(self) -> str:
        return (
            f"<div style='{BOX.format(color='#57606a')}'>"
            f"<div>A reference solution for <b>{html.escape(self.exercise_id)}</b>:</div>"
            f"<pre style='{PRE}'>{html.escape(self.code)}</pre>"
            f"<div style='opacity:0.8'>{html.escape(self.advice)}</div></div>"
        )


# ------------------------------------------------------------------------------------------ the journey


def _journey() -> Journey:
    """The journey of the workspace this kernel works in, kept open (with its worker) between checks."""
    global _session
    from mlsteps.journey.journey import Journey
    from mlsteps.journey.workspace import CONFIG, NoWorkspace, Workspace, default_location, find_root

    root = find_root()
    if root is None and (default_location() / CONFIG).is_file():
        root = default_location().resolve()
    if root is None:
        raise NoWorkspace(
            "This notebook is not inside an mlsteps workspace, so there is nowhere to keep your checks. "
            "Open it from your workspace (run `mlsteps lab` there), or make one with `mlsteps start` in a terminal."
        )
    if _session is None or _session[0] != root:
        _close()
        _session = (root, Journey(Workspace(root)))
    return _session[1]


def _close() -> None:
    global _session
    if _session is not None:
        _session[1].close()
        _session = None


atexit.register(_close)


def _headless() -> bool:
    from mlsteps.notebooks.headless import HEADLESS_ENV

    return os.environ.get(HEADLESS_ENV) == "1"


def _kernel_cells() -> list[Cell] | None:
    """Every cell this kernel has run, in order, labelled as Jupyter shows them; None outside IPython."""
    from mlsteps.notebooks.code import Cell

    ipython = sys.modules.get("IPython")
    shell = ipython.get_ipython() if ipython is not None else None
    if shell is None:
        return None
    history = shell.history_manager.input_hist_raw
    return [Cell(f"cell [{number}]", source) for number, source in enumerate(history) if number and source.strip()]


class NothingToCheck(LookupError):
    """No exercise was named and every one is solved."""


def _guarded(action: Callable[[Journey], T]) -> T | Note:
    """Run ``action(journey)``; the problems a learner can meet become a Note instead of a traceback."""
    from mlsteps.engine.catalog import UnknownExercise
    from mlsteps.engine.exercise import CatalogError
    from mlsteps.engine.judge import ExerciseBroken
    from mlsteps.engine.runner import WorkerUnavailable
    from mlsteps.journey.workspace import NoWorkspace
    from mlsteps.record.store import StoreError

    try:
        return action(_journey())
    except KeyboardInterrupt:  # stopped mid-check: start the worker afresh next time rather than trust its state
        _close()
        raise
    except (NoWorkspace, UnknownExercise, StoreError, NothingToCheck) as exc:
        return Note(str(exc))
    except (CatalogError, ExerciseBroken) as exc:
        return Note(f"mlsteps's own content has a problem (not your fault): {exc}")
    except WorkerUnavailable as exc:
        return Note(f"The checker could not run ({exc}). Run `mlsteps doctor` in a terminal to see what is missing.")


def _exercise(journey: Journey, exercise_id: str | None) -> Exercise:
    exercise = journey.resolve(exercise_id)
    if exercise is None:
        raise NothingToCheck('You have solved every exercise: name one, such as `check("python/fizzbuzz")`.')
    return exercise


def _check(journey: Journey, exercise_id: str | None) -> VerdictView | Note:
    from mlsteps.notebooks.code import gather_for
    from mlsteps.record.files import STATE_DIR

    exercise = _exercise(journey, exercise_id)
    cells = _kernel_cells()
    if cells is None:  # plain Python: the exercise's own file, as `mlsteps check` does
        return VerdictView(journey.check(exercise))
    code = gather_for(cells, exercise)
    if not code.defines_entry:
        return Note(
            f"This notebook has not {'set' if exercise.asks_for_values else 'defined'} `{exercise.entry}` yet (keep "
            "the name the starter gave it). Run the "
            "cell where you wrote it (click in it and press Shift+Enter), then run the check again."
        )
    path = code.write(journey.workspace.root / STATE_DIR / CODE_DIR / exercise.workspace_path)
    return VerdictView(code.relabel(journey.check(exercise, source=path), path.name))


# ---------------------------------------------------------------------------------------- what learners call


def check(exercise_id: str | None = None) -> VerdictView | Note:
    """Check an exercise with the code you have run in this notebook; the attempt is kept in your journey."""
    if _headless():
        return Note(
            "`mlsteps check` is running this notebook: it checks each exercise once every cell has run.", problem=False
        )
    return _guarded(lambda journey: _check(journey, exercise_id))


def hint(exercise_id: str | None = None) -> HintView | Note:
    """One more hint each time you ask, from a gentle nudge to nearly the answer."""
    if _headless():
        return Note("Hints are not given while `mlsteps check` runs a notebook.", problem=False)
    return _guarded(lambda journey: HintView(journey.hint(_exercise(journey, exercise_id))))


def solution(exercise_id: str | None = None) -> SolutionView | Note:
    """A reference solution. Seeing it is noted in your journey: try the hints first."""
    if _headless():
        return Note("Solutions are not shown while `mlsteps check` runs a notebook.", problem=False)

    def show(journey: Journey) -> SolutionView:
        exercise = _exercise(journey, exercise_id)
        shown = journey.solution(exercise)
        return SolutionView(exercise.id, shown.code, shown.not_saved)

    return _guarded(show)


def _check_magic(line: str) -> VerdictView | Note:
    """%check python/fizzbuzz: check an exercise with the code this notebook has run."""
    return check(line.strip() or None)


def load_ipython_extension(ipython) -> None:
    """``%load_ext mlsteps``: adds the ``%check`` magic (importing mlsteps in a notebook does it too)."""
    ipython.register_magic_function(_check_magic, "line", "check")


def _register_in_running_kernel() -> None:
    ipython = sys.modules.get("IPython")
    shell = ipython.get_ipython() if ipython is not None else None
    if shell is not None:
        load_ipython_extension(shell)


_register_in_running_kernel()
