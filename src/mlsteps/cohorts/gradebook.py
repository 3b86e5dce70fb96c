"""A mentor's gradebook: every learner's grade for every exercise, kept in the journey store.

One row per learner, exercise and submitted code (its SHA-256): grading the same submission again updates its
row instead of adding one, and a new submission adds a row, so the history stays. Views read the newest row of
each learner and exercise. Any SQLAlchemy URL works (SQLite by default; PostgreSQL for several graders at once):
rows are written with the database's own "insert, or update on conflict", so two graders never make two rows.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections import Counter
from dataclasses import asdict, dataclass
from pathlib import Path

import sqlalchemy as sa

from mlsteps.cohorts.grades import GradeResult
from mlsteps.cohorts.submissions import safe_file_name
from mlsteps.record.files import write_atomically
from mlsteps.record.schema import grades
from mlsteps.record.store import Store


@dataclass(frozen=True)
class GradeCell:
    verdict: str
    passed: bool
    cases_passed: int
    cases_total: int
    feedback: str
    failing_case: str | None
    mistake: str | None
    note: str
    graded_at: dt.datetime

    def to_dict(self) -> dict:
        return asdict(self) | {"graded_at": self.graded_at.isoformat(timespec="seconds")}


@dataclass(frozen=True)
class Gradebook:
    """Learners × exercises, newest grade in each cell."""

    learners: list[str]
    exercises: list[str]
    cells: dict[tuple[str, str], GradeCell]

    def cell(self, learner: str, exercise: str) -> GradeCell | None:
        return self.cells.get((learner, exercise))

    def total(self, learner: str) -> int:
        return sum(self.cells[(learner, e)].passed for e in self.exercises if (learner, e) in self.cells)

    def to_dict(self) -> dict:
        return {
            "learners": [
                {
                    "learner": learner,
                    "total": self.total(learner),
                    "grades": {
                        exercise: cell.to_dict()
                        for exercise in self.exercises
                        if (cell := self.cell(learner, exercise)) is not None
                    },
                }
                for learner in self.learners
            ],
            "exercises": self.exercises,
        }


@dataclass(frozen=True)
class StuckRow:
    """Where a cohort is stuck on one exercise."""

    exercise: str
    submissions: int
    passed: int
    pass_rate: float
    common_case: str | None  # the failing case most submissions stumbled on
    common_case_count: int
    mistakes: list[tuple[str, int]]  # recorded mistakes the submissions behaved like, most frequent first
    verdicts: dict[str, int]


def record(store: Store, results: list[GradeResult]) -> None:
    """Write grades in one transaction: the same learner, exercise and code update their row."""
    if not results:
        return
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    rows = [
        {
            "learner": r.learner,
            "exercise_id": r.exercise,
            "submission_sha": r.submission_sha,
            "verdict": r.verdict,
            "passed": r.passed,
            "cases_passed": r.cases_passed,
            "cases_total": r.cases_total,
            "failing_case": r.failing_case,
            "mistake": r.mistake,
            "feedback": r.feedback,
            "note": r.note,
            "duration_ms": r.duration_ms,
            "graded_at": now,
        }
        for r in results
    ]
    dialect = store.engine.dialect.name
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    elif dialect == "sqlite":
        from sqlalchemy.dialects.sqlite import insert
    else:  # other databases: look for the row first (one grader at a time)
        _record_portably(store, rows)
        return
    statement = insert(grades)
    keys = ("learner", "exercise_id", "submission_sha")
    statement = statement.on_conflict_do_update(
        index_elements=list(keys),
        set_={column: statement.excluded[column] for column in rows[0] if column not in keys},
    )
    with store.engine.begin() as connection:
        connection.execute(statement, rows)


def _record_portably(store: Store, rows: list[dict]) -> None:
    with store.engine.begin() as connection:
        for row in rows:
            where = sa.and_(
                grades.c.learner == row["learner"],
                grades.c.exercise_id == row["exercise_id"],
                grades.c.submission_sha == row["submission_sha"],
            )
            if connection.execute(sa.select(grades.c.id).where(where)).first():
                connection.execute(grades.update().where(where).values(**row))
            else:
                connection.execute(grades.insert().values(**row))


def load(store: Store) -> Gradebook:
    """The newest grade of each learner for each exercise."""
    with store.engine.connect() as connection:
        rows = connection.execute(sa.select(grades).order_by(grades.c.graded_at, grades.c.id)).mappings().all()
    cells: dict[tuple[str, str], GradeCell] = {}
    for row in rows:  # oldest first, so the newest of each pair wins
        cells[(row["learner"], row["exercise_id"])] = GradeCell(
            row["verdict"],
            bool(row["passed"]),
            row["cases_passed"],
            row["cases_total"],
            row["feedback"],
            row["failing_case"],
            row["mistake"],
            row["note"],
            row["graded_at"],
        )
    learners = sorted({learner for learner, _ in cells}, key=str.casefold)
    exercises = sorted({exercise for _, exercise in cells})
    return Gradebook(learners, exercises, cells)


def stuck(book: Gradebook) -> list[StuckRow]:
    """Per exercise: the pass rate, the failing case most learners hit, and the recorded mistakes they made."""
    found = []
    for exercise in book.exercises:
        cells = [cell for learner in book.learners if (cell := book.cell(learner, exercise)) is not None]
        failing = Counter(cell.failing_case for cell in cells if not cell.passed and cell.failing_case)
        mistakes = Counter(cell.mistake for cell in cells if cell.mistake)
        passed = sum(cell.passed for cell in cells)
        common = failing.most_common(1)
        found.append(
            StuckRow(
                exercise=exercise,
                submissions=len(cells),
                passed=passed,
                pass_rate=passed / len(cells) if cells else 0.0,
                common_case=common[0][0] if common else None,
                common_case_count=common[0][1] if common else 0,
                mistakes=mistakes.most_common(),
                verdicts=dict(Counter(cell.verdict for cell in cells)),
            )
        )
    return sorted(found, key=lambda row: (row.pass_rate, row.exercise))


# What a spreadsheet reads as the start of a formula (OWASP, "CSV Injection"): such a text cell gets a leading
# apostrophe, which spreadsheets show as text and never run.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value: object) -> object:
    """A text cell that a spreadsheet would read as a formula, neutralised as OWASP recommends; numbers as they are."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def to_csv(book: Gradebook) -> str:
    """One row per learner, one column per exercise (1 passed, 0 not, empty when never graded), and a total.

    Safe to open in a spreadsheet: every text cell is quoted, and one that starts like a formula (a learner named
    ``=HYPERLINK(...)``, an exercise id a mentor chose) starts with an apostrophe instead."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n", quoting=csv.QUOTE_NONNUMERIC)
    writer.writerow([spreadsheet_safe(cell) for cell in ["learner", *book.exercises, "total"]])
    for learner in book.learners:
        marks = [
            "" if (cell := book.cell(learner, exercise)) is None else int(cell.passed) for exercise in book.exercises
        ]
        writer.writerow([spreadsheet_safe(learner), *marks, book.total(learner)])
    return buffer.getvalue()


def feedback_markdown(book: Gradebook, learner: str, titles: dict[str, str] | None = None) -> str:
    """One learner's feedback: for each exercise, the verdict and the same per-case words `check` gives."""
    titles = titles or {}
    lines = [f"# Feedback for {learner}", "", f"{book.total(learner)} of {len(book.exercises)} exercises passed.", ""]
    for exercise in book.exercises:
        cell = book.cell(learner, exercise)
        title = f"{exercise} — {titles[exercise]}" if exercise in titles else exercise
        lines.append(f"## {title}")
        lines.append("")
        if cell is None:
            lines += ["Not graded yet.", ""]
            continue
        mark = "passed" if cell.passed else f"{cell.verdict} ({cell.cases_passed} of {cell.cases_total} cases)"
        lines += [f"**{mark}**", ""]
        if cell.note:
            lines += [cell.note, ""]
        if cell.feedback and not cell.passed:
            lines += ["```text", cell.feedback.replace("```", "'''"), "```", ""]
    return "\n".join(lines)


def write_feedback(book: Gradebook, folder: Path, titles: dict[str, str] | None = None) -> list[Path]:
    """One Markdown file per learner in ``folder``; returns the paths written."""
    written = []
    used: set[str] = set()
    for learner in book.learners:
        name = safe_file_name(learner)
        while name in used:
            name += "_"
        used.add(name)
        path = folder / f"{name}.md"
        write_atomically(path, feedback_markdown(book, learner, titles))
        written.append(path)
    return written


def to_json(book: Gradebook) -> str:
    return json.dumps(book.to_dict(), indent=2, ensure_ascii=False)
