"""The fixed start of a grading run: how long after the process starts its first submission is judged.

    python benchmarks/grading/first_grade.py grade SUBMISSIONS --exercises ... [the options of `mlsteps grade`]

Runs ``mlsteps grade`` in this process exactly as the command does, and prints on stderr
``first submission judged after N ms``: from the process's start (as the kernel dates it, so Python's own start-up
counts) to the first call of the judge on a submission, after the command line is read, the catalog loaded, the
zygotes ready and the expected values loaded. Linux only (``/proc``).
"""

from __future__ import annotations

import os
import sys
import time


def since_process_start() -> float:
    """Seconds since the kernel started this process (to the clock tick)."""
    with open("/proc/self/stat") as stat:
        started = int(stat.read().rsplit(")", 1)[1].split()[19])
    with open("/proc/uptime") as uptime:
        now = float(uptime.read().split()[0])
    return now - started / os.sysconf("SC_CLK_TCK")


def main() -> None:
    offset, clock = since_process_start(), time.perf_counter()
    from mlsteps.cohorts import tasks

    first: list[float] = []
    grade = tasks.TaskJudge.grade

    def timed_grade(self, task):
        if not first:
            first.append(offset + time.perf_counter() - clock)
        return grade(self, task)

    tasks.TaskJudge.grade = timed_grade
    from mlsteps.interfaces.cli import app

    try:
        app(sys.argv[1:])
    except SystemExit as exit:
        if exit.code:
            raise
    if first:
        print(f"first submission judged after {first[0] * 1000:.0f} ms", file=sys.stderr)


if __name__ == "__main__":
    main()
