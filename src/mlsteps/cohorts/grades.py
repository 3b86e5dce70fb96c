"""One grade: what the grader gives for a learner and an exercise, and what the gradebook keeps.

Kept apart from the gradebook (which needs SQLAlchemy) so that grading itself starts without the database layer.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

# Verdicts of the grader beyond the judge's own: nothing could be judged for this learner and exercise.
MISSING, UNREADABLE, REJECTED, UNKNOWN = "missing", "unreadable", "rejected", "unknown"


@dataclass(frozen=True)
class GradeResult:
    """One learner's grade for one exercise: what the gradebook keeps and ``grade --json`` prints."""

    learner: str
    exercise: str
    verdict: str
    passed: bool
    cases_passed: int
    cases_total: int
    submission_sha: str
    feedback: str = ""  # the verdict's words, exactly as `mlsteps check` gives them
    failing_case: str | None = None
    mistake: str | None = None
    note: str = ""
    duration_ms: float = 0.0
    points: float = 0.0  # earned: the cases passed, each worth its share of the exercise's points
    points_possible: float = 0.0
    hidden_total: int = 0  # cases kept for grading, run only here
    hidden_failed: int = 0
    hidden_feedback: str = ""  # the failing hidden cases' words: for a learner only once the mentor releases them
    code_shape: str | None = None  # SHA-256 of the normalised code: near-identical answers share it
    title: str = ""  # the exercise's title, and its place in the course, for every view of the gradebook
    position: int = 0

    def to_dict(self) -> dict:
        return asdict(self)
