"""What the sandbox costs a check. Prints medians (and 95th percentiles) over RUNS runs, without and with the kernel's
layers, side by side.

    .venv/bin/python benchmarks/bench_sandbox.py [--runs N]

- entering:     a fresh child forked from this process, then ``os._exit``: without the sandbox, and entering it
                (capabilities, no_new_privs, Landlock's rules, the seccomp program) before exiting
- warm check:   ``Judge.check`` of a right answer with a warm zygote, for a plain Python exercise and a Step 2 one
                (numpy, pandas and Matplotlib preloaded): "basic" is today's Python-only guard (limits and audit
                hooks, MLSTEPS_ISOLATION=basic), "full" adds the kernel's layers. The two judges take turns, so a busy
                machine slows both alike.

The target: the sandbox adds at most 5 ms to a check.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time

from timing import report

from mlsteps.engine import sandbox
from mlsteps.engine.catalog import Catalog
from mlsteps.engine.judge import Judge

EXERCISES = ("python/list-comprehensions", "pandas/groupby-mean")
TARGET_MS = 5


def _fork_ms(policy: sandbox.Policy | None) -> float:
    started = time.perf_counter()
    pid = os.fork()
    if pid == 0:
        try:
            if policy is not None:
                policy.enter(set())
        finally:
            os._exit(0)
    os.waitpid(pid, 0)
    return (time.perf_counter() - started) * 1000


def entering(runs: int) -> None:
    with tempfile.TemporaryDirectory() as jobs:
        policy = sandbox.Policy(jobs)
        plain, confined = [], []
        for _ in range(runs):
            plain.append(_fork_ms(None))
            confined.append(_fork_ms(policy))
    report("fork, exit", plain)
    report("fork, enter, exit", confined)
    extra = sorted(b - a for a, b in zip(sorted(plain), sorted(confined), strict=True))[len(plain) // 2]
    print(f"{'entering costs':<20} {extra:8.2f} ms (median difference; {len(policy.descriptors())} Landlock rules)")


def warm_checks(runs: int) -> None:
    catalog = Catalog()
    os.environ[sandbox.FORCE_VARIABLE] = "basic"  # read by the zygote the first judge starts
    basic = Judge()
    for exercise_id in EXERCISES:
        exercise = catalog.get(exercise_id)
        assert basic.check(exercise, exercise.solution_path).passed
        assert basic.isolation(exercise).level == sandbox.BASIC
    del os.environ[sandbox.FORCE_VARIABLE]
    full = Judge()
    try:
        for exercise_id in EXERCISES:
            exercise = catalog.get(exercise_id)
            assert full.check(exercise, exercise.solution_path).passed
            print(f"{exercise_id}: isolation {full.isolation(exercise).level}")
            times: dict[str, list[float]] = {"basic": [], "full": []}
            for _ in range(runs):
                for name, judge in (("basic", basic), ("full", full)):
                    started = time.perf_counter()
                    assert judge.check(exercise, exercise.solution_path).passed
                    times[name].append((time.perf_counter() - started) * 1000)
            for name, measured in times.items():
                report(f"  {name} check", measured)
            added = sorted(times["full"])[runs // 2] - sorted(times["basic"])[runs // 2]
            verdict = "ok" if added <= TARGET_MS else "over target"
            print(f"  {'sandbox adds':<18} {added:8.2f} ms   target {TARGET_MS} ms   {verdict}")
    finally:
        basic.close()
        full.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=40)
    runs = parser.parse_args().runs
    isolation = sandbox.probe()
    print(f"{runs} runs each, Python {sys.version.split()[0]}, isolation here: {isolation.describe()}")
    if isolation.level == sandbox.BASIC:
        print("This machine has no kernel layer to measure.")
        return
    entering(runs)
    warm_checks(runs)


if __name__ == "__main__":
    main()
