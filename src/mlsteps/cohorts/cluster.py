"""Grading on a Dask distributed cluster: the same tasks, judged on the cluster's workers.

Each Dask worker process keeps judges of its own (one per worker thread), so the learner's code still runs in a
forked, limited child of a preloaded zygote, exactly as on a laptop. Only plain data travels: the task (learner,
exercise id, code) out, the grade back. Dask reruns the tasks of a worker that dies; every task has one future,
so whatever the retries, this process receives one grade per learner and exercise and alone writes them.
"""

from __future__ import annotations

import tempfile
import threading
from pathlib import Path

from mlsteps.cohorts.grades import GradeResult
from mlsteps.cohorts.tasks import Task, TaskJudge
from mlsteps.engine.catalog import Catalog

CONNECT_SECONDS = 10
_local = threading.local()


def _judge(courses: tuple[str, ...]) -> TaskJudge:
    """This worker thread's judge for this set of courses, made on its first task and kept warm after."""
    judges = _local.__dict__.setdefault("judges", {})
    if courses not in judges:
        from platformdirs import user_cache_path

        scratch = Path(tempfile.mkdtemp(prefix="mlsteps-grading-"))
        catalog = Catalog(courses=[Path(folder) for folder in courses])
        judges[courses] = TaskJudge(catalog, user_cache_path("mlsteps") / "references", scratch)
    return judges[courses]


def grade_task(task: Task, courses: tuple[str, ...]) -> GradeResult:
    """Run on a Dask worker: judge one task."""
    return _judge(courses).grade(task)


def run_on_cluster(tasks: list[Task], catalog: Catalog, scheduler: str) -> list[GradeResult]:
    from distributed import Client

    courses = tuple(str(course.folder) for course in catalog.courses)
    with Client(scheduler, timeout=CONNECT_SECONDS) as client:
        futures = client.map(
            grade_task,
            tasks,
            courses=courses,
            key=[f"mlsteps-grade-{task.exercise}-{task.sha[:16]}-{index}" for index, task in enumerate(tasks)],
            retries=2,
        )
        return client.gather(futures)
