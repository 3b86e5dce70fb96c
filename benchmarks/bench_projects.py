"""How long the project commands take, per template. Prints the median of each, as whole `mlsteps` processes.

    python benchmarks/bench_projects.py [RUNS]     # from the repository, with mlsteps installed (default 3 runs)

- new:    make projects/NAME from the template, run its notebook once in a fresh kernel, first commit
- check:  every finding, the notebook run in a fresh kernel included
- blog:   the notebook run in a fresh kernel, then converted to a post with its figures

Each run is a new project in a fresh workspace, so nothing is cached between runs.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from mlsteps.engine.catalog import Catalog
from mlsteps.journey.workspace import create
from mlsteps.projects.templates import templates

MLSTEPS = [sys.executable, "-m", "mlsteps.interfaces.cli", "project"]


def timed(*args: str, cwd: Path) -> float:
    started = time.perf_counter()
    subprocess.run([*MLSTEPS, *args], cwd=cwd, check=True, capture_output=True)
    return (time.perf_counter() - started) * 1000


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    catalog = Catalog()
    with tempfile.TemporaryDirectory() as folder:
        workspace, _ = create(Path(folder) / "journey", catalog)
        root = workspace.root
        workspace.close()
        for template in templates():
            times: dict[str, list[float]] = {"new": [], "check": [], "blog": []}
            for run in range(runs):
                name = f"{template.name}-{run}"
                times["new"].append(timed("new", name, "--template", template.name, cwd=root))
                started = time.perf_counter()
                subprocess.run([*MLSTEPS, "check", name], cwd=root, capture_output=True)  # 1: the licence placeholder
                times["check"].append((time.perf_counter() - started) * 1000)
                times["blog"].append(timed("blog", name, cwd=root))
            medians = "   ".join(f"{command} {statistics.median(values):7.0f} ms" for command, values in times.items())
            print(f"{template.name:<22} {medians}   runs {runs}")


if __name__ == "__main__":
    main()
