"""Grading on a Dask distributed cluster: the same tasks, judged on the cluster's workers.

Each Dask worker process keeps judges of its own (one per worker thread), so the learner's code still runs in a
forked, limited child of a preloaded zygote, exactly as on a laptop. Only plain data travels: the task (learner,
exercise id, code) out, the grade back. Dask reruns the tasks of a worker that dies; every task has one future,
so whatever the retries, this process receives one grade per learner and exercise and alone writes them.
"""

from __future__ import annotations

import tempfile
import threading
from collections.abc import Callable
from pathlib import Path

from mlsteps.cohorts.grades import GradeResult
from mlsteps.cohorts.tasks import Task, TaskJudge
from mlsteps.engine.catalog import Catalog

CONNECT_SECONDS = 10
_local = threading.local()


def _judge(courses: tuple[str, ...], trust_submissions: bool) -> TaskJudge:
    """This worker thread's judge for this set of courses, made on its first task and kept warm after."""
    judges = _local.__dict__.setdefault("judges", {})
    if (courses, trust_submissions) not in judges:
        from platformdirs import user_cache_path

        scratch = Path(tempfile.mkdtemp(prefix="mlsteps-grading-"))
        catalog = Catalog(courses=[Path(folder) for folder in courses])
        cache = user_cache_path("mlsteps") / "references"
        judges[courses, trust_submissions] = TaskJudge(catalog, cache, scratch, None, trust_submissions)
    return judges[courses, trust_submissions]


def grade_task(task: Task, courses: tuple[str, ...], trust_submissions: bool = False) -> GradeResult:
    """Run on a Dask worker: judge one task (a worker that cannot fully isolate it says so, unless trusted)."""
    return _judge(courses, trust_submissions).grade(task)


def run_on_cluster(
    tasks: list[Task],
    catalog: Catalog,
    scheduler: str,
    on_result: Callable[[GradeResult], None] | None = None,
    trust_submissions: bool = False,
) -> list[GradeResult]:
    from distributed import Client, as_completed

    courses = tuple(str(course.folder) for course in catalog.courses)
    with Client(scheduler, timeout=CONNECT_SECONDS) as client:
        futures = client.map(
            grade_task,
            tasks,
            courses=courses,
            trust_submissions=trust_submissions,
            key=[f"mlsteps-grade-{task.exercise}-{task.sha[:16]}-{index}" for index, task in enumerate(tasks)],
            retries=2,
        )
        if on_result is not None:
            for finished in as_completed(futures):
                on_result(finished.result())
        return client.gather(futures)
