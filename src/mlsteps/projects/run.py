"""Running a project's notebook top to bottom, as a reader of the repository would: a fresh kernel of this Python,
started in the project's folder, with a limit per cell and for the whole run (nbclient, through
:func:`mlsteps.notebooks.headless.run_notebook`). The notebook receives the outputs; the file is not touched.

Each figure's title is collected as it is drawn, for the blog post's alt text: a first cell, taken out again after
the run, wraps IPython's display formatter so that every Matplotlib figure it shows is also described by its
titles (``fig.suptitle`` and each axes' title), without importing Matplotlib itself. (A formatter registered for
the Figure type would not do: Matplotlib's inline backend removes those when pyplot is imported.) The description
is taken out of the outputs again, so the notebook is saved as Jupyter would save it, and cells and execution
counts are numbered as the learner's.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from mlsteps.notebooks.headless import run_notebook

if TYPE_CHECKING:
    from nbformat import NotebookNode

CELL_SECONDS = 120.0
RUN_SECONDS = 600.0
IMAGE_TYPES = ("image/png", "image/jpeg", "image/svg+xml")
TITLES_KEY = "mlsteps_figure_titles"
TITLES_TYPE = "application/json"
SETUP = f'''\
def _mlsteps_describe():
    formatter = get_ipython().display_formatter
    original = formatter.format

    def titles(figure):
        found = []
        whole = getattr(figure, "_suptitle", None)
        if whole is not None and whole.get_text().strip():
            found.append(whole.get_text().strip())
        for axes in figure.axes:
            for place in ("center", "left", "right"):
                if axes.get_title(loc=place).strip():
                    found.append(axes.get_title(loc=place).strip())
        return found

    def format(shown, *args, **options):
        data, metadata = original(shown, *args, **options)
        if any(kind.__module__ == "matplotlib.figure" and kind.__name__ == "Figure" for kind in type(shown).__mro__):
            try:
                data["{TITLES_TYPE}"] = {{"{TITLES_KEY}": titles(shown)}}
            except Exception:
                pass
        return data, metadata

    formatter.format = format


try:
    _mlsteps_describe()
except Exception:
    pass
del _mlsteps_describe
'''


@dataclass(frozen=True)
class Ran:
    problems: tuple[str, ...]  # one sentence per cell that raised, hung or killed the kernel
    failed_cell: int | None  # the first such cell, 1-based as Jupyter counts every cell
    figures: int
    # (0-based cell, 0-based output) -> the figure's titles, outermost first (empty when it has none)
    titles: dict[tuple[int, int], tuple[str, ...]] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.problems

    def untitled(self, notebook: NotebookNode) -> list[int]:
        """The code cells (as ``code cell N`` counts them) that drew a figure without a title."""
        cells = sorted({cell for (cell, _), titles in self.titles.items() if not titles})
        return [sum(c.cell_type == "code" for c in notebook.cells[: cell + 1]) for cell in cells]


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


def _take_titles(notebook: NotebookNode) -> dict[tuple[int, int], tuple[str, ...]]:
    """Each figure's titles, taken out of the outputs (they were only there for us)."""
    titles = {}
    for index, cell in enumerate(notebook.cells):
        for number, output in enumerate(cell.get("outputs", [])):
            data = output.get("data", {})
            described = data.get(TITLES_TYPE)
            if isinstance(described, dict) and TITLES_KEY in described:
                del data[TITLES_TYPE]
                if any(kind in data for kind in IMAGE_TYPES):
                    titles[(index, number)] = tuple(str(title) for title in described[TITLES_KEY])
    return titles


def _renumber(notebook: NotebookNode) -> None:
    """Execution counts as if the learner's first cell ran first (the setup cell took number 1)."""
    for cell in notebook.cells:
        if cell.cell_type != "code":
            continue
        if cell.get("execution_count"):
            cell.execution_count -= 1
        for output in cell.get("outputs", []):
            if output.get("execution_count"):
                output["execution_count"] -= 1


def run(
    notebook: NotebookNode, folder: Path, cell_seconds: float = CELL_SECONDS, run_seconds: float = RUN_SECONDS
) -> Ran:
    """Run every code cell of ``notebook`` in ``folder``; the notebook keeps the outputs, without timing noise."""
    import nbformat

    for cell in notebook.cells:
        if cell.cell_type == "code":
            cell.outputs, cell.execution_count = [], None
    setup = nbformat.v4.new_code_cell(SETUP)
    setup.id = "mlsteps-figure-titles"
    notebook.cells.insert(0, setup)
    try:
        result = run_notebook(notebook, folder, cell_seconds, run_seconds, headless=False)
    finally:
        notebook.cells.pop(0)
    for cell in notebook.cells:
        cell.metadata.pop("execution", None)  # start and end times: they would change the file at every run
    _renumber(notebook)
    titles = _take_titles(notebook)
    problems = [replace(problem, cell=max(problem.cell - 1, 1)) for problem in result.problems]
    sentences = tuple(problem.sentence() + _where(notebook, problem.cell) for problem in problems)
    first = min((problem.cell for problem in problems), default=None)
    return Ran(sentences, first, figures_in(notebook), titles)
