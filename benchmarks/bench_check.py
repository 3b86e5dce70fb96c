"""How fast a learner gets feedback. Prints the median and 95th percentile of each measure, over RUNS runs.

    python benchmarks/bench_check.py            # from the repository, with mlsteps installed

- cold check:  a whole `mlsteps check` process for a Step 1 exercise (start, store, worker, judge, record)
- warm re-check: the path `mlsteps watch` takes on each save: a live journey and warm worker, judge and record
- --help:      `mlsteps --help`, the cost of starting the command line
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from timing import report, timed

from mlsteps.engine.catalog import Catalog
from mlsteps.journey.journey import Journey
from mlsteps.journey.workspace import create

RUNS = 20
EXERCISE = "python/list-comprehensions"
MLSTEPS = [sys.executable, "-m", "mlsteps.interfaces.cli"]


def main() -> None:
    catalog = Catalog()
    exercise = catalog.get(EXERCISE)
    with tempfile.TemporaryDirectory() as folder:
        workspace, _ = create(Path(folder) / "journey", catalog)
        (workspace.root / exercise.workspace_path).write_text(exercise.solution)
        root = workspace.root
        workspace.close()

        def cold() -> None:
            subprocess.run([*MLSTEPS, "check", EXERCISE], cwd=root, capture_output=True, check=True)

        def help_text() -> None:
            subprocess.run([*MLSTEPS, "--help"], cwd=root, capture_output=True, check=True)

        journey = Journey(create(root, catalog)[0], catalog)
        try:

            def warm() -> None:
                assert journey.check(exercise).passed

            print(f"{RUNS} runs each, Python {sys.version.split()[0]}")
            report("warm re-check", timed(warm, RUNS), 30)  # issue 15: the sandbox keeps it under 30 ms
            report("cold check", timed(cold, RUNS), 1000)  # and a first check under 1 s
            report("mlsteps --help", timed(help_text, RUNS), 300)
        finally:
            journey.close()


if __name__ == "__main__":
    main()
