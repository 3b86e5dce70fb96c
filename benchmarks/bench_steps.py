"""How long checking takes, step by step: every exercise's reference solution judged by a warm judge.

    python benchmarks/bench_steps.py [STEP ...]

For each step: the time to start its worker (importing what the step preloads), then, per exercise, the median
of RUNS checks and the slowest exercise. A check here includes running the learner's file on every case and the
comparison; the reference's own run is cached after the first check, as in `mlsteps watch`.
"""

from __future__ import annotations

import statistics
import sys
import time

from mlsteps.engine.catalog import Catalog
from mlsteps.engine.judge import Judge

RUNS = 5


def main(steps: list[int]) -> None:
    catalog = Catalog()
    for step in steps:
        exercises = [exercise for exercise in catalog if exercise.step == step]
        if not exercises:
            continue
        with Judge() as judge:
            started = time.perf_counter()
            first = judge.check(exercises[0], exercises[0].solution_path)
            start_ms = (time.perf_counter() - started) * 1000
            assert first.passed, first.text()
            medians = {}
            for exercise in exercises:
                judge.check(exercise, exercise.solution_path)  # caches the expected values
                times = []
                for _ in range(RUNS):
                    began = time.perf_counter()
                    verdict = judge.check(exercise, exercise.solution_path)
                    times.append((time.perf_counter() - began) * 1000)
                    assert verdict.passed, verdict.text()
                medians[exercise.id] = statistics.median(times)
        slowest = max(medians, key=medians.get)
        print(
            f"step {step}: {len(exercises):3d} exercises   first check (worker start) {start_ms:7.0f} ms   "
            f"median check {statistics.median(medians.values()):7.1f} ms   "
            f"slowest {medians[slowest]:7.1f} ms ({slowest})"
        )


if __name__ == "__main__":
    main([int(arg) for arg in sys.argv[1:]] or [1, 2, 3, 4, 5])
