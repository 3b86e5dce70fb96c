"""Timing helpers shared by the benchmarks: run an action repeatedly and print its median and 95th percentile."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def timed(action: Callable[[], object], runs: int) -> list[float]:
    """Milliseconds per run, over ``runs`` runs, after one run to warm caches."""
    action()
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return times


def report(name: str, times: list[float], target_ms: float | None = None) -> None:
    median = statistics.median(times)
    p95 = statistics.quantiles(times, n=20)[-1] if len(times) > 1 else median
    target = f"target {target_ms:6.0f} ms   {'ok' if median <= target_ms else 'over target'}" if target_ms else ""
    print(f"{name:<20} median {median:8.1f} ms   p95 {p95:8.1f} ms   runs {len(times):3d}   {target}")
