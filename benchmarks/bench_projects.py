"""How long the project commands take, per template. Prints the median of each, as whole `mlsteps` processes.

    python benchmarks/bench_projects.py [RUNS]     # from the repository, with mlsteps installed (default 3 runs)

- new:    make projects/NAME from the template: the scaffold and the worked example each run once in a fresh
          kernel (own-data: the CSV profiled, the scaffold run), first commit
- check:  every finding on the fresh scaffold, the notebook run in a fresh kernel included
- blog:   the notebook run in a fresh kernel, then converted to a post with its figures; before it, the prompts
          are deleted (a post is refused while placeholders are left), which is not timed

Each run is a new project in a fresh workspace, so nothing is cached between runs.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import nbformat

from mlsteps.engine.catalog import Catalog
from mlsteps.journey.workspace import create
from mlsteps.projects.templates import templates

MLSTEPS = [sys.executable, "-m", "mlsteps.interfaces.cli", "project"]


def timed(*args: str, cwd: Path, status: int = 0) -> float:
    started = time.perf_counter()
    done = subprocess.run([*MLSTEPS, *args], cwd=cwd, capture_output=True, text=True)
    elapsed = (time.perf_counter() - started) * 1000
    if done.returncode != status:
        raise SystemExit(f"mlsteps project {' '.join(args)} said {done.returncode}: {done.stderr or done.stdout}")
    return elapsed


def own_data(folder: Path) -> Path:
    """A learner's CSV: 500 rows of a day, a category, numbers with gaps and a target."""
    lines = ["day,shop,visitors,rainy,sales"]
    for n in range(500):
        visitors = "" if n % 11 == 0 else str(100 + (n * 37) % 250)
        lines.append(f"2024-{n % 12 + 1:02d}-{n % 28 + 1:02d},{'abc'[n % 3]},{visitors},{n % 2},{900 + (n * 53) % 700}")
    path = folder / "shops.csv"
    path.write_text("\n".join(lines) + "\n")
    return path


def without_prompts(folder: Path, name: str) -> None:
    """The learner's part, in its shortest form: every prompt deleted, and a titled figure drawn."""
    path = folder / f"{name}.ipynb"
    notebook = nbformat.read(path, as_version=4)
    notebook.cells = [cell for cell in notebook.cells if "TODO" not in cell.source and "[your name]" not in cell.source]
    notebook.cells.insert(0, nbformat.v4.new_markdown_cell(f"# {name}\n\nWhat the data says."))
    figure = "fig, ax = plt.subplots()\nax.plot([1, 2, 3])\nax.set_title('Up it goes')\nplt.show()"
    notebook.cells.append(nbformat.v4.new_code_cell(figure))
    nbformat.write(notebook, path)


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    catalog = Catalog()
    with tempfile.TemporaryDirectory() as folder:
        workspace, _ = create(Path(folder) / "journey", catalog)
        root = workspace.root
        workspace.close()
        data = own_data(Path(folder))
        for template in templates():
            times: dict[str, list[float]] = {"new": [], "check": [], "blog": []}
            for run in range(runs):
                name = f"{template.name}-{run}"
                more = ("--data", str(data)) if template.needs_data else ()
                times["new"].append(timed("new", name, "--template", template.name, *more, cwd=root))
                times["check"].append(timed("check", name, cwd=root, status=1))  # a fresh scaffold is not ready
                without_prompts(root / "projects" / name, name)
                times["blog"].append(timed("blog", name, cwd=root))
            medians = "   ".join(f"{command} {statistics.median(values):7.0f} ms" for command, values in times.items())
            print(f"{template.name:<22} {medians}   runs {runs}")


if __name__ == "__main__":
    main()
