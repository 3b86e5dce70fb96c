"""How fast notebooks get feedback. Prints the median (and 95th percentile) of each measure.

    python benchmarks/bench_notebook.py            # from the repository, with mlsteps installed

- in-notebook check: `check("python/list-comprehensions")` run as a cell of a warm kernel (its Journey and worker
  already started by an earlier check), timed from sending the cell to the kernel going idle, as Jupyter sees it
- headless topic:    `mlsteps check notebooks/1-python/comprehensions.ipynb` as a whole process: start, a fresh
  kernel running every cell, then the three exercises judged and recorded
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

import nbformat
from timing import report, timed

from mlsteps.engine.catalog import Catalog
from mlsteps.journey.workspace import create
from mlsteps.notebooks.headless import HEADLESS_ENV, kernel_manager_class

EXERCISE = "python/list-comprehensions"
TOPIC = "notebooks/1-python/comprehensions.ipynb"
MLSTEPS = [sys.executable, "-m", "mlsteps.interfaces.cli"]


def with_solutions(path: Path, catalog: Catalog) -> None:
    notebook = nbformat.read(path, as_version=4)
    for cell in notebook.cells:
        mark = cell.metadata.get("mlsteps", {})
        if mark.get("role") == "code":
            cell.source = catalog.get(mark["exercise"]).solution
    nbformat.write(notebook, path)


def in_notebook(root: Path, catalog: Catalog, runs: int) -> list[float]:
    from nbclient import NotebookClient

    exercise = catalog.get(EXERCISE)
    cells = [
        nbformat.v4.new_code_cell("from mlsteps import check"),
        nbformat.v4.new_code_cell(exercise.solution),
        nbformat.v4.new_code_cell(f'check("{EXERCISE}")'),
    ]
    notebook = nbformat.v4.new_notebook(cells=cells)
    client = NotebookClient(
        notebook, kernel_manager_class=kernel_manager_class(), resources={"metadata": {"path": str(root)}}
    )
    environment = {key: value for key, value in os.environ.items() if key != HEADLESS_ENV}
    with client.setup_kernel(env=environment, stderr=subprocess.DEVNULL):
        client.execute_cell(cells[0], 0)
        client.execute_cell(cells[1], 1)

        def check() -> None:
            client.execute_cell(cells[2], 2)
            assert "✓ passed" in cells[2].outputs[0]["data"]["text/plain"], cells[2].outputs

        return timed(check, runs)


def main() -> None:
    catalog = Catalog()
    with tempfile.TemporaryDirectory() as folder:
        workspace, _ = create(Path(folder) / "journey", catalog)
        root = workspace.root
        workspace.close()
        with_solutions(root / TOPIC, catalog)

        def headless() -> None:
            subprocess.run([*MLSTEPS, "check", TOPIC], cwd=root, capture_output=True, check=True)

        print(f"Python {sys.version.split()[0]}, {os.cpu_count()} CPUs")
        report("in-notebook check", in_notebook(root, catalog, 30), 100)
        report("headless topic", timed(headless, 7))


if __name__ == "__main__":
    main()
