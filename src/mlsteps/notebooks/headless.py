"""Headless checking: run a whole notebook in a real kernel, then judge every exercise it holds.

The notebook runs top to bottom in a fresh IPython kernel (nbclient) on the same Python as mlsteps, in its own
folder, with a time limit per cell and for the whole run; errors do not stop it. A cell that runs past its limit
or a kernel that dies (``os._exit()``, a crash) stops the run. What happened to each cell becomes a note.

The verdicts do not come from the kernel. Whatever a kernel reports, the notebook's own code could have forged
(it runs there), and a mentor collecting notebooks must be able to trust them. So during the run the check cells
only mark their place (``check`` sees :data:`HEADLESS_ENV` and does nothing), and afterwards each exercise is
judged here, in the journey: its code is gathered from the cells above its check cell
(:mod:`mlsteps.notebooks.code`), run in the worker with the exercise's limits, and recorded like any check.
A notebook that hangs, crashes its kernel or raises in some cell therefore still gets a verdict for every
exercise, and in bounded time: the run's limit, plus each exercise's own limit.
"""

from __future__ import annotations

import os
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from mlsteps.engine.catalog import Catalog
from mlsteps.engine.exercise import Exercise
from mlsteps.engine.verdict import Verdict
from mlsteps.notebooks.code import Cell, gather_for
from mlsteps.notebooks.topics import CODE, exercise_cells
from mlsteps.record.files import STATE_DIR

if TYPE_CHECKING:
    from nbformat import NotebookNode

HEADLESS_ENV = "MLSTEPS_HEADLESS"  # set in the kernel of a headless run: check, hint and solution stand aside
CELL_SECONDS = 60.0
RUN_SECONDS = 600.0
CODE_DIR = "notebook-code/headless"


class _Root(Protocol):
    root: Path


class Journey(Protocol):
    """What judging a notebook needs of the learner's journey (``mlsteps.journey.Journey`` is one): this package
    sits below the journey, so it names the shape, not the class."""

    catalog: Catalog
    workspace: _Root

    def check(self, exercise: Exercise, source: Path | None = None, record: bool = True) -> Verdict: ...


class NotebookError(ValueError):
    """The file cannot be checked as a notebook; the message says why and what to do."""


@dataclass(frozen=True)
class CellProblem:
    cell: int  # 1-based, counting every cell of the notebook as Jupyter shows them
    kind: str  # error, timeout, out of time, crashed, stopped, not started
    detail: str

    def sentence(self) -> str:
        if self.kind == "error":
            return f"cell {self.cell} raised {self.detail}"
        if self.kind == "timeout":
            return f"cell {self.cell} was still running after {self.detail}, so the run stopped there"
        if self.kind == "out of time":
            return f"the run reached its limit of {self.detail} before cell {self.cell}, so it stopped there"
        if self.kind == "crashed":
            return f"the kernel died while running cell {self.cell} ({self.detail}), so the run stopped there"
        if self.kind == "stopped":
            return f"the run stopped at cell {self.cell} ({self.detail})"
        return f"the notebook could not be run in a kernel ({self.detail})"


@dataclass
class NotebookRun:
    """What happened when the notebook ran: the problems met, and where the run stopped, if it did."""

    problems: list[CellProblem] = field(default_factory=list)
    stopped_at: int | None = None  # the 0-based index of the cell where the run stopped


@dataclass(frozen=True)
class ExerciseResult:
    exercise: Exercise
    cell: int  # the 1-based position of its check cell
    verdict: Verdict
    notes: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        return {**self.verdict.to_dict(), "cell": self.cell, "notes": list(self.notes)}


def _still_the_starter(notebook: NotebookNode, exercise: Exercise) -> bool:
    """Whether the exercise's own code cell (as ``mlsteps notebooks`` wrote it) holds the starter unchanged."""
    for cell in notebook.cells:
        mark = cell.get("metadata", {}).get("mlsteps", {})
        if cell.cell_type == "code" and mark.get("exercise") == exercise.id and mark.get("role") == CODE:
            return cell.source.strip() == exercise.starter.strip()
    return False


def read_notebook(path: Path) -> NotebookNode:
    import nbformat

    if not path.is_file():
        raise NotebookError(f"There is no notebook at {path}. Check the path (it is relative to this folder).")
    try:
        return nbformat.reads(path.read_text(encoding="utf-8"), as_version=4)
    except (UnicodeDecodeError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise NotebookError(
            f"{path} cannot be read as a Jupyter notebook ({exc}). Open it in Jupyter to see whether it is damaged."
        ) from None


def kernel_manager_class():
    """A kernel manager that always starts this Python's own IPython kernel, whatever kernels are installed."""
    from ipykernel.kernelspec import RESOURCES, get_kernel_dict
    from jupyter_client.kernelspec import KernelSpec, KernelSpecManager
    from jupyter_client.manager import AsyncKernelManager
    from traitlets import default

    class ThisPythonSpecs(KernelSpecManager):
        def get_kernel_spec(self, kernel_name: str) -> KernelSpec:
            return KernelSpec(resource_dir=RESOURCES, **get_kernel_dict())

    class ThisPythonKernel(AsyncKernelManager):
        @default("kernel_spec_manager")
        def _kernel_spec_manager_default(self) -> KernelSpecManager:
            return ThisPythonSpecs(data_dir=self.data_dir)

    return ThisPythonKernel


def run_notebook(
    notebook: NotebookNode,
    folder: Path,
    cell_seconds: float = CELL_SECONDS,
    run_seconds: float = RUN_SECONDS,
    headless: bool = True,
) -> NotebookRun:
    """Run every code cell in a fresh kernel started in ``folder``; ``notebook`` receives the outputs."""
    from nbclient import NotebookClient
    from nbclient.exceptions import CellTimeoutError, DeadKernelError

    run = NotebookRun()
    deadline = time.monotonic() + run_seconds
    client = NotebookClient(
        notebook,
        kernel_manager_class=kernel_manager_class(),
        allow_errors=True,
        interrupt_on_timeout=False,
        shutdown_kernel="immediate",
        resources={"metadata": {"path": str(folder)}},
    )
    environment = {key: value for key, value in os.environ.items() if key != HEADLESS_ENV}
    if headless:
        environment[HEADLESS_ENV] = "1"
    index, started, finished = 0, False, False
    try:
        with client.setup_kernel(env=environment, stderr=subprocess.DEVNULL):  # the kernel's own log is noise here
            started = True
            for index, cell in enumerate(notebook.cells):
                if cell.cell_type != "code" or not cell.source.strip():
                    continue
                remaining = deadline - time.monotonic()
                if remaining < 1:
                    run.problems.append(CellProblem(index + 1, "out of time", f"{run_seconds:g} s"))
                    run.stopped_at = index
                    break
                client.timeout = int(min(cell_seconds, remaining))
                try:
                    client.execute_cell(cell, index)
                except CellTimeoutError:
                    run.problems.append(CellProblem(index + 1, "timeout", f"{client.timeout} s"))
                    run.stopped_at = index
                    break
                except DeadKernelError:
                    reason = "did it call os._exit() or sys.exit(), or run out of memory?"
                    run.problems.append(CellProblem(index + 1, "crashed", reason))
                    run.stopped_at = index
                    break
                error = next((out for out in cell.get("outputs", []) if out.get("output_type") == "error"), None)
                if error is not None:
                    detail = f"{error.get('ename', 'an error')}: {error.get('evalue', '')}".rstrip(": ")
                    run.problems.append(CellProblem(index + 1, "error", detail))
            finished = True
    except Exception as exc:  # the kernel would not start, or failed us: the verdicts do not depend on it
        if not finished and run.stopped_at is None:
            kind = "stopped" if started else "not started"
            run.problems.append(CellProblem(index + 1, kind, f"{type(exc).__name__}: {exc}"))
            run.stopped_at = index
    return run


def _notes(run: NotebookRun, since: int, until: int) -> tuple[str, ...]:
    """The problems met in cells since the previous check cell, up to this one, and whether the run got here."""
    notes = [problem.sentence() for problem in run.problems if since < problem.cell <= until + 1]
    if run.stopped_at is not None and run.stopped_at + 1 <= since:
        notes.append(f"the run stopped above, at cell {run.stopped_at + 1}: this exercise's cells did not run")
    return tuple(notes)


def check_notebook(
    journey: Journey, path: Path, cell_seconds: float = CELL_SECONDS, run_seconds: float = RUN_SECONDS
) -> list[ExerciseResult]:
    """Run ``path`` in a kernel, then judge and record every exercise it holds, in the order of the notebook."""
    notebook = read_notebook(path)
    found, unknown = exercise_cells(notebook, journey.catalog)
    if not found:
        named = f" It names {', '.join(unknown)}, which mlsteps does not know." if unknown else ""
        raise NotebookError(
            f"{path} holds no mlsteps exercises: no cell calls check(...).{named} "
            "`mlsteps notebooks` writes a notebook for every topic into your workspace."
        )
    sources = [cell.source if cell.cell_type == "code" else "" for cell in notebook.cells]
    run = run_notebook(notebook, path.resolve().parent, cell_seconds, run_seconds)
    results = []
    previous = 0
    for exercise, index in found:
        cells = [Cell(f"cell {number + 1}", sources[number]) for number in range(index) if sources[number].strip()]
        code = gather_for(cells, exercise)
        source = code.write(journey.workspace.root / STATE_DIR / CODE_DIR / exercise.workspace_path)
        untouched = _still_the_starter(notebook, exercise)
        verdict = code.relabel(journey.check(exercise, source=source, record=not untouched), source.name)
        notes = _notes(run, previous, index)
        if untouched:
            notes = (*notes, "its code cell is still the starter, so this check was not recorded as an attempt")
        results.append(ExerciseResult(exercise, index + 1, verdict, notes))
        previous = index + 1
    return results
