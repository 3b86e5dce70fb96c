"""Running a project's notebook top to bottom, as a reader of the repository would: a fresh kernel of this Python,
started in the project's folder, with a limit per cell and for the whole run (nbclient, through
:func:`mlsteps.notebooks.headless.run_notebook`). The notebook receives the outputs; the file is not touched.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from mlsteps.notebooks.headless import run_notebook

if TYPE_CHECKING:
    from nbformat import NotebookNode

CELL_SECONDS = 120.0
RUN_SECONDS = 600.0
IMAGE_TYPES = ("image/png", "image/jpeg", "image/svg+xml")


@dataclass(frozen=True)
class Ran:
    problems: tuple[str, ...]  # one sentence per cell that raised, hung or killed the kernel
    failed_cell: int | None  # the first such cell, 1-based as Jupyter counts every cell
    figures: int

    @property
    def ok(self) -> bool:
        return not self.problems


def _where(notebook: NotebookNode, cell: int) -> str:
    """Which code cell that is, and how it starts: Jupyter shows no cell numbers, so say how to find it."""
    if not 1 <= cell <= len(notebook.cells):
        return ""
    code_cell = sum(candidate.cell_type == "code" for candidate in notebook.cells[:cell])
    line = next((line.strip() for line in notebook.cells[cell - 1].source.splitlines() if line.strip()), "")
    start = f", the one that starts `{line[:60]}`" if line else ""
    return f" (code cell {code_cell}{start})"


def figures_in(notebook: NotebookNode) -> int:
    return sum(
        any(kind in output.get("data", {}) for kind in IMAGE_TYPES)
        for cell in notebook.cells
        if cell.cell_type == "code"
        for output in cell.get("outputs", [])
    )


def run(
    notebook: NotebookNode, folder: Path, cell_seconds: float = CELL_SECONDS, run_seconds: float = RUN_SECONDS
) -> Ran:
    """Run every code cell of ``notebook`` in ``folder``; the notebook keeps the outputs, without timing noise."""
    for cell in notebook.cells:
        if cell.cell_type == "code":
            cell.outputs, cell.execution_count = [], None
    result = run_notebook(notebook, folder, cell_seconds, run_seconds, headless=False)
    for cell in notebook.cells:
        cell.metadata.pop("execution", None)  # start and end times: they would change the file at every run
    problems = tuple(problem.sentence() + _where(notebook, problem.cell) for problem in result.problems)
    first = min((problem.cell for problem in result.problems), default=None)
    return Ran(problems, first, figures_in(notebook))
