"""A grading task (one learner's code for one exercise) and the judge that grades it.

Plain data on purpose: a task travels unchanged to a thread of this process or to a Dask worker, and its grade
comes back as a :class:`~mlsteps.cohorts.grades.GradeResult`. Both :mod:`mlsteps.cohorts.grading` (local threads)
and :mod:`mlsteps.cohorts.cluster` (a Dask cluster) judge tasks with :class:`TaskJudge`.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from dataclasses import dataclass
from pathlib import Path

from mlsteps.cohorts.grades import REJECTED, GradeResult
from mlsteps.cohorts.similar import code_shape
from mlsteps.engine import points
from mlsteps.engine.catalog import Catalog
from mlsteps.engine.exercise import Exercise
from mlsteps.engine.judge import Judge, References
from mlsteps.engine.runner import Runner
from mlsteps.engine.verdict import CRASHED, ERROR, FAILED, MEMORY, OUTPUT, PASSED, TIMEOUT, Verdict


@dataclass(frozen=True)
class Task:
    """One learner's code for one exercise: plain data, so it can travel to a cluster's worker."""

    learner: str
    exercise: str
    code: str
    origins: tuple[tuple[str, int] | None, ...] | None = None  # notebook code: where each line came from

    @property
    def sha(self) -> str:
        """The SHA-256 of the code alone: for notebook code, without the lines mlsteps adds (a heading naming the
        exercise, each cell's label), so the same code has the same hash whoever wrote it, wherever it was."""
        code = self.code
        if self.origins is not None:
            lines = code.splitlines()
            code = "\n".join(line for line, origin in zip(lines, self.origins, strict=False) if origin is not None)
        return hashlib.sha256(code.encode("utf-8")).hexdigest()


def _fingerprint(verdict: Verdict) -> str:
    """How a piece of code behaved: its verdict and, per case, whether it passed and what it gave."""
    return json.dumps(
        [verdict.verdict, [[case.passed, case.got, (case.error or {}).get("type")] for case in verdict.cases]]
    )


# What to do next, said to a learner who has only their notebook (not `mlsteps next` or `mlsteps hint`).
NEXT_STEPS = {
    PASSED: "Well done.",
    FAILED: "Read the first failing case: the call, what was expected, and where your answer differs. Fix your "
    "answer, run its cell again to try it, and submit again.",
    ERROR: "Look at the line the error names (its cell and line in your notebook): Python says what went wrong "
    "there. Fix it, run the cell again, and submit again.",
    TIMEOUT: "This is usually a loop that never ends: check that every `while` loop changes something that makes "
    "its condition false in the end.",
    MEMORY: "Something grows far bigger than it should: a list that is appended to in a loop that never stops, or "
    "a huge number of items made at once.",
    OUTPUT: "Remove the `print` calls inside loops (or the loop that never stops), then submit again.",
    CRASHED: "Don't call `sys.exit()`, `exit()` or `os._exit()` in an answer: return a value from your function "
    "instead.",
}


def feedback_for(verdict: Verdict) -> tuple[str, str]:
    """The verdict's words for a cohort learner: what any learner may read, and the failing hidden cases' words
    (kept back until the mentor releases them)."""
    lines = [verdict.summary]
    if verdict.problem:
        lines.append(verdict.problem)
    public = [case.message for case in verdict.cases if not case.passed and not case.hidden]
    hidden = [case.message for case in verdict.cases if not case.passed and case.hidden]
    lines += public
    if verdict.verdict == FAILED and hidden and not public:
        lines.append(
            "Your answer is right on every case you were shown, but not on some kept for grading: think of the "
            "inputs the question allows that its examples do not show (empty, negative, ties, the edges)."
        )
    else:
        lines.append(NEXT_STEPS.get(verdict.verdict, verdict.next_step))
    return "\n".join(lines), "\n".join(hidden)


def _first_failing(verdict: Verdict) -> str | None:
    for case in verdict.cases:
        if not case.passed:
            return f"{case.label}: {case.call}" if case.label else case.call
    return verdict.problem.splitlines()[0] if verdict.problem else None


class TaskJudge:
    """A judge for grading tasks, with the recorded mistakes' fingerprints of each exercise worked out once."""

    def __init__(
        self,
        catalog: Catalog,
        cache: Path | None,
        scratch: Path,
        references: References | None = None,
        trust_submissions: bool = False,
        runner: Runner | None = None,
    ) -> None:
        """``references``: the trusted reference workers, shared with the other judges of a grading run.
        ``trust_submissions``: grade even where this machine cannot fully isolate learner code.
        ``runner``: a learner worker started already (its zygote's start overlapped with the command's own)."""
        self.catalog = catalog
        self.judge = Judge(cache=cache, references=references, runners={runner.preload: runner} if runner else None)
        self.scratch = scratch
        self.trust_submissions = trust_submissions
        self._mistakes: dict[str, dict[str, str]] = {}
        self._count = 0

    def close(self) -> None:
        self.judge.close()

    def warm(self, exercises: list[Exercise]) -> None:
        """Wait for the zygote and work out the expected values now, so no grade's time includes them."""
        for exercise in exercises:
            self.judge.expected(exercise, exercise.cases())

    def mistakes(self, exercise: Exercise) -> dict[str, str]:
        """Each recorded mistake's fingerprint, and its name; kept in the reference cache, so worked out once."""
        if exercise.id not in self._mistakes:
            self._mistakes[exercise.id] = self.judge.remembered(
                exercise,
                "mistakes",
                lambda: {
                    _fingerprint(self.judge.check(exercise, mistake.file, hidden=True)): mistake.file.stem
                    for mistake in exercise.mistakes
                },
            )
        return self._mistakes[exercise.id]

    def grade(self, task: Task) -> GradeResult:
        from mlsteps.notebooks.code import GatheredCode

        exercise = self.catalog.get(task.exercise)
        cases = exercise.cases()
        about = {"title": exercise.title, "position": self.catalog.position(exercise.id)}
        isolation = self.judge.isolation(exercise)
        if not isolation.full and not self.trust_submissions:
            return GradeResult(
                learner=task.learner,
                exercise=exercise.id,
                verdict=REJECTED,
                passed=False,
                cases_passed=0,
                cases_total=0,
                submission_sha=task.sha,
                note=f"not graded: this machine cannot fully isolate learner code ({isolation.describe()}); "
                "`mlsteps grade --trust-submissions` grades it anyway",
                points_possible=points.possible(exercise.points, cases),
                code_shape=code_shape(task.code),
                **about,
            )
        self._count += 1
        source = self.scratch / f"{self._count:06d}" / Path(exercise.workspace_path).name
        source.parent.mkdir(parents=True)
        source.write_text(task.code, encoding="utf-8")
        try:
            verdict = self.judge.check(exercise, source, hidden=True)
        finally:
            shutil.rmtree(source.parent, ignore_errors=True)
        if task.origins is not None:
            verdict = GatheredCode(task.code, task.origins, exercise.entry, True).relabel(verdict, source.name)
        mistake = None if verdict.passed else self.mistakes(exercise).get(_fingerprint(verdict))
        feedback, hidden_feedback = feedback_for(verdict)
        score = points.score(exercise.points, cases, verdict.cases)
        return GradeResult(
            learner=task.learner,
            exercise=exercise.id,
            verdict=verdict.verdict,
            passed=verdict.passed,
            cases_passed=verdict.cases_passed,
            cases_total=len(verdict.cases),
            submission_sha=task.sha,
            feedback=feedback,
            failing_case=None if verdict.passed else _first_failing(verdict),
            mistake=mistake,
            duration_ms=round(verdict.duration_ms, 1),
            points=score.earned,
            points_possible=score.possible,
            hidden_total=sum(case.hidden for case in cases),
            hidden_failed=sum(case.hidden for case in cases) - sum(r.hidden and r.passed for r in verdict.cases),
            hidden_feedback=hidden_feedback,
            code_shape=code_shape(task.code),
            **about,
        )
