"""How fast a learner gets feedback. Prints the median and 95th percentile of each measure, over RUNS runs.

    python benchmarks/bench_check.py            # from the repository, with mlsteps installed

- cold check:  a whole `mlsteps check` process for a Step 1 exercise (start, store, worker, judge, record)
- warm re-check: the path `mlsteps watch` takes on each save: a live journey and warm worker, judge and record
- --help:      `mlsteps --help`, the cost of starting the command line
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from mlsteps.engine.catalog import Catalog
from mlsteps.journey.journey import Journey
from mlsteps.journey.workspace import create

RUNS = 20
EXERCISE = "python/list-comprehensions"
MLSTEPS = [sys.executable, "-m", "mlsteps.interfaces.cli"]


def timed(action: Callable[[], object], runs: int = RUNS) -> list[float]:
    action()  # one run to warm the file system cache
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return times


def report(name: str, times: list[float], target_ms: float) -> None:
    median = statistics.median(times)
    p95 = statistics.quantiles(times, n=20)[-1]
    verdict = "ok" if median <= target_ms else "over target"
    print(f"{name:<16} median {median:8.1f} ms   p95 {p95:8.1f} ms   target {target_ms:6.0f} ms   {verdict}")


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
            report("warm re-check", timed(warm), 50)
            report("cold check", timed(cold), 1500)
            report("mlsteps --help", timed(help_text), 300)
        finally:
            journey.close()


if __name__ == "__main__":
    main()
