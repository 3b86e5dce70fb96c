"""How long checking takes, step by step: every exercise's reference solution judged by a warm judge, and the
slowest ones again fully cold.

    python benchmarks/bench_steps.py [STEP ...] [--cold N]

For each step: the time to start its worker (importing what the step preloads), then, per exercise, the median
of RUNS checks and the slowest exercise. A check here includes running the learner's file on every case and the
comparison; the reference's own run is cached after the first check, as in `mlsteps watch`.

With ``--cold N`` the step's N slowest exercises are checked again, each by a new judge with nothing started and
nothing cached, as a learner's very first `mlsteps check` of them runs: the time shown includes starting both
workers (the reference's and the learner's) and the reference's own run. The learner's code must still finish
inside the exercise's own limit, so a cold check that is not `passed` fails the benchmark.
"""

from __future__ import annotations

import argparse
import statistics
import time

from mlsteps.engine.catalog import Catalog
from mlsteps.engine.judge import Judge

RUNS = 5


def warm(exercises: list) -> tuple[float, dict[str, float]]:
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
    return start_ms, medians


def cold(exercise) -> float:
    with Judge() as judge:
        began = time.perf_counter()
        verdict = judge.check(exercise, exercise.solution_path)
        elapsed = (time.perf_counter() - began) * 1000
    assert verdict.passed, f"{exercise.id} fully cold: {verdict.text()}"
    return elapsed


def main(steps: list[int], cold_count: int) -> None:
    catalog = Catalog()
    for step in steps:
        exercises = [exercise for exercise in catalog if exercise.step == step]
        if not exercises:
            continue
        start_ms, medians = warm(exercises)
        slowest = max(medians, key=medians.get)
        print(
            f"step {step}: {len(exercises):3d} exercises   first check (worker start) {start_ms:7.0f} ms   "
            f"median check {statistics.median(medians.values()):7.1f} ms   "
            f"slowest {medians[slowest]:7.1f} ms ({slowest})"
        )
        for exercise_id in sorted(medians, key=medians.get, reverse=True)[:cold_count]:
            exercise = catalog.get(exercise_id)
            print(
                f"    fully cold {cold(exercise):8.0f} ms   warm {medians[exercise_id]:7.1f} ms   "
                f"limit {exercise.limits.seconds:g} s   {exercise_id}"
            )


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("steps", nargs="*", type=int, default=[1, 2, 3, 4, 5])
    parser.add_argument("--cold", type=int, default=0, metavar="N", help="check the N slowest again, fully cold")
    arguments = parser.parse_args()
    main(arguments.steps, arguments.cold)
