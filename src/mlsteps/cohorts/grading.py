"""Grading a cohort: every learner's submission for every exercise named, in parallel, into the gradebook.

The work is split into one *task* per learner and exercise: the code to judge (a file's text, or the function
gathered from notebooks) and the exercise's id. A task is judged exactly like ``mlsteps check``: in a forked
worker with the exercise's limits, against expected values computed from the reference solution by the judge.
Nothing in a submission reaches the judge but that code, so nothing in it can change how it is graded.

Tasks run on ``workers`` threads, each with its own judge and so its own preloaded zygote: the learner code runs
in those zygotes' children, one per core, each confined by the kernel (:mod:`mlsteps.engine.sandbox`); the
reference solutions run in trusted workers that all the judges share. With a Dask scheduler the same task function
runs on the cluster's workers instead; results come back to this process, which alone writes them, once per task.

Submissions are strangers' code: grading refuses to run it where this machine cannot fully isolate it
(:class:`IsolationTooWeak`) unless the mentor trusts the submissions (``trust_submissions``). Each grade is handed to
``on_result`` as soon as it is decided, so a caller can save it at once: a run stopped half-way keeps what it graded.

A submission that behaves exactly like one of the exercise's recorded mistakes (the same verdict and the same
answer on every case) is marked with that mistake, so ``gradebook --stuck`` can say which misunderstandings a
cohort shares.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import queue
import tempfile
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path

from mlsteps.cohorts.grades import MISSING, REJECTED, UNKNOWN, UNREADABLE, GradeResult
from mlsteps.cohorts.submissions import Submission, code_for, read_submissions
from mlsteps.cohorts.tasks import Task, TaskJudge
from mlsteps.engine import points
from mlsteps.engine.catalog import Catalog
from mlsteps.engine.exercise import Exercise
from mlsteps.engine.judge import References
from mlsteps.engine.runner import Runner
from mlsteps.engine.sandbox import Isolation

OnResult = Callable[[GradeResult], None]


class IsolationTooWeak(RuntimeError):
    """This machine cannot fully isolate learner code, and the submissions were not said to be trusted."""

    def __init__(self, isolation: Isolation) -> None:
        self.isolation = isolation
        gaps = "".join(f"\n  - {gap}" for gap in isolation.gaps)
        super().__init__(
            f"Submissions are not graded here: learner code would run with {isolation.level} isolation, which does "
            f"not stop:{gaps}\nGrade on a Linux machine with Landlock (kernel 6.12 or later) and seccomp, or, for "
            "submissions you trust, pass --trust-submissions. `mlsteps doctor` says what this machine offers."
        )


@dataclass
class GradeReport:
    results: list[GradeResult] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)  # what the mentor should know: one line per problem
    seconds: float = 0.0
    learners: int = 0


def default_workers() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def _not_graded(learner: str, exercise: str, verdict: str, note: str) -> GradeResult:
    return GradeResult(
        learner=learner,
        exercise=exercise,
        verdict=verdict,
        passed=False,
        cases_passed=0,
        cases_total=0,
        submission_sha=hashlib.sha256(f"{verdict}:{note}".encode()).hexdigest(),
        note=note,
    )


def _about(result: GradeResult, catalog: Catalog) -> GradeResult:
    """A grade decided without judging, with what its exercise is worth, its title and its place in the course."""
    exercise = catalog.get(result.exercise)
    possible = points.possible(exercise.points, exercise.cases())
    return replace(result, points_possible=possible, title=exercise.title, position=catalog.position(exercise.id))


def plan_tasks(
    submissions: list[Submission], exercises: list[Exercise]
) -> tuple[list[Task], list[GradeResult], list[str]]:
    """The tasks to judge, the grades already decided (nothing to judge), and the report's lines."""
    tasks, decided, lines = [], [], []
    for submission in submissions:
        if submission.clashes_with:  # whose work is whose is unknown: no grade for that name, rather than a wrong one
            lines.append(submission.problem or "")
            continue
        if submission.problem:
            lines.append(f"{submission.learner} ({submission.origin}): {submission.problem}")
            decided += [_not_graded(submission.learner, e.id, REJECTED, submission.problem) for e in exercises]
            continue
        for exercise in exercises:
            found = code_for(submission, exercise)
            if found.text is None:
                verdict = UNREADABLE if found.kind == "unreadable" else MISSING
                decided.append(_not_graded(submission.learner, exercise.id, verdict, found.problem or ""))
                if verdict == UNREADABLE:
                    lines.append(f"{submission.learner}: {found.problem}")
                continue
            origins = found.gathered.origins if found.gathered is not None else None
            tasks.append(Task(submission.learner, exercise.id, found.text, origins))
        lines += [f"{submission.learner}: {note}" for note in submission.notes]
    return tasks, decided, list(dict.fromkeys(lines))


class LocalGraders:
    """``workers`` judges, each with zygotes of its own, and as many threads to feed them tasks.

    The zygotes are launched as soon as the graders are made, so their imports overlap with reading the
    submissions; the first task of each thread then finds its zygote ready. The reference solutions run in trusted
    workers that the judges share, once per exercise.
    """

    def __init__(
        self,
        catalog: Catalog,
        exercises: list[Exercise],
        workers: int,
        cache: Path | None,
        scratch: Path,
        trust_submissions: bool = False,
        started: list[Runner] | None = None,
    ):
        """``started``: learner workers launched before the exercises were known (see :func:`prestart`)."""
        self.judges: queue.SimpleQueue[TaskJudge] = queue.SimpleQueue()
        self.workers = max(1, workers)
        self.exercises = exercises
        self.references = References()
        needed = {exercise.preload for exercise in exercises}
        usable = [runner for runner in started or [] if runner.preload in needed]
        for runner in started or []:
            if runner not in usable[: self.workers]:
                runner.close()
        self._all = [
            TaskJudge(
                catalog,
                cache,
                scratch / f"worker-{n}",
                self.references,
                trust_submissions,
                usable[n] if n < len(usable) else None,
            )
            for n in range(self.workers)
        ]
        for judge in self._all:
            for preload_of in {exercise.preload: exercise for exercise in exercises}.values():
                judge.judge.runner(preload_of).start()
            self.judges.put(judge)

    def isolation(self) -> Isolation:
        """The weakest isolation among the workers these exercises need (waits for their zygotes)."""
        kinds = {exercise.preload: exercise for exercise in self.exercises}.values()
        levels = [self._all[0].judge.isolation(exercise) for exercise in kinds]
        return next((isolation for isolation in levels if not isolation.full), levels[0] if levels else None)

    def run(self, tasks: Sequence[Task], on_result: OnResult | None = None) -> list[GradeResult]:
        local = threading.local()

        def grade_task(task: Task) -> GradeResult:
            if not hasattr(local, "judge"):
                local.judge = self.judges.get()  # one judge per thread, for the thread's whole life
                local.judge.warm(self.exercises)
            result = local.judge.grade(task)
            if on_result is not None:
                on_result(result)
            return result

        # Tasks of one exercise go together, so each judge computes an exercise's expected values once.
        ordered = sorted(tasks, key=lambda task: task.exercise)
        with ThreadPoolExecutor(max_workers=self.workers, thread_name_prefix="grader") as pool:
            return list(pool.map(grade_task, ordered))

    def close(self) -> None:
        for judge in self._all:
            judge.close()
        self.references.close()


def prestart(workers: int | None = None) -> list[Runner]:
    """Launch the learner workers for plain Python now, before the exercises are known, so that their start
    overlaps with what comes before grading (reading the command line, the catalog): hand them to :func:`grade`,
    which uses those its exercises need and closes the others."""
    runners = [Runner(()) for _ in range(max(1, workers or default_workers()))]
    for runner in runners:
        runner.start()
    return runners


def grade(
    submissions_folder: Path,
    exercise_ids: Iterable[str],
    catalog: Catalog,
    workers: int | None = None,
    cache: Path | None = None,
    scheduler: str | None = None,
    on_result: OnResult | None = None,
    trust_submissions: bool = False,
    prestarted: list[Runner] | None = None,
) -> GradeReport:
    """Grade every learner in ``submissions_folder`` on every exercise named.

    ``on_result`` receives each grade as it is decided (from grading threads: it must be thread-safe).
    Raises :class:`IsolationTooWeak` where learner code cannot be fully isolated and ``trust_submissions`` is False.
    ``prestarted``: workers from :func:`prestart` (each is used or closed).
    """
    started = time.perf_counter()
    report = GradeReport()
    exercises = []
    for exercise_id in dict.fromkeys(exercise_ids):
        try:
            exercises.append(catalog.get(exercise_id))
        except LookupError as exc:
            report.lines.append(str(exc))
    unknown = [e for e in dict.fromkeys(exercise_ids) if e not in {x.id for x in exercises}]
    tell = on_result or (lambda result: None)
    with tempfile.TemporaryDirectory(prefix="mlsteps-grading-") as temporary, contextlib.ExitStack() as stack:
        scratch = Path(temporary)
        graders = None
        if not scheduler:
            graders = LocalGraders(
                catalog,
                exercises,
                workers or default_workers(),
                cache,
                scratch / "judged",
                trust_submissions,
                prestarted,
            )
            stack.callback(graders.close)
        else:
            for runner in prestarted or []:
                runner.close()
        submissions = read_submissions(submissions_folder, scratch / "unpacked")
        report.learners = len(submissions)
        tasks, decided, lines = plan_tasks(submissions, exercises)
        report.lines += lines
        if graders is not None and tasks and not trust_submissions:
            isolation = graders.isolation()
            if isolation is not None and not isolation.full:
                raise IsolationTooWeak(isolation)
        decided = [_about(result, catalog) for result in decided]
        for result in decided:
            tell(result)
        if graders is not None:
            judged = graders.run(tasks, on_result)
        else:
            from mlsteps.cohorts.cluster import run_on_cluster

            judged = run_on_cluster(tasks, catalog, scheduler, on_result, trust_submissions)
    report.results = judged + decided
    report.results += [
        _not_graded(s.learner, exercise_id, UNKNOWN, f"there is no exercise called {exercise_id!r}")
        for s in submissions
        if not s.clashes_with
        for exercise_id in unknown
    ]
    order = {e.id: catalog.position(e.id) for e in exercises}
    order |= {e: catalog.position(e) + n for n, e in enumerate(unknown)}
    report.results.sort(key=lambda r: (r.learner.casefold(), order.get(r.exercise, 0)))
    report.seconds = time.perf_counter() - started
    return report
