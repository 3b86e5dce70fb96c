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
from dataclasses import asdict, dataclass, field
from pathlib import Path

import sqlalchemy as sa

from mlsteps.cohorts.grades import GradeResult
from mlsteps.cohorts.similar import Group, groups
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
    points: float = 0.0
    points_possible: float = 0.0
    hidden_total: int = 0
    hidden_failed: int = 0
    hidden_feedback: str = ""
    code_shape: str | None = None
    submission_sha: str = ""

    def to_dict(self) -> dict:
        return asdict(self) | {"graded_at": self.graded_at.isoformat(timespec="seconds")}


def points_text(value: float) -> str:
    """Points as a mentor writes them: ``2``, ``0.75``, ``0.33``."""
    return f"{round(value, 2):g}"


@dataclass(frozen=True)
class Gradebook:
    """Learners × exercises, newest grade in each cell; exercises in the course's order, with their titles."""

    learners: list[str]
    exercises: list[str]
    cells: dict[tuple[str, str], GradeCell]
    titles: dict[str, str] = field(default_factory=dict)

    def cell(self, learner: str, exercise: str) -> GradeCell | None:
        return self.cells.get((learner, exercise))

    def title(self, exercise: str) -> str:
        return self.titles.get(exercise) or exercise

    def possible(self, exercise: str) -> float:
        """What the exercise is worth: as its newest grade says (an exercise's points may change between gradings)."""
        cells = [cell for learner in self.learners if (cell := self.cell(learner, exercise)) is not None]
        return max(cells, key=lambda cell: cell.graded_at).points_possible if cells else 0.0

    def total(self, learner: str) -> float:
        """Points earned over every exercise."""
        return round(sum(cell.points for e in self.exercises if (cell := self.cell(learner, e)) is not None), 6)

    def total_possible(self) -> float:
        return round(sum(self.possible(exercise) for exercise in self.exercises), 6)

    def passed(self, learner: str) -> int:
        return sum(self.cells[(learner, e)].passed for e in self.exercises if (learner, e) in self.cells)

    def to_dict(self) -> dict:
        return {
            "learners": [
                {
                    "learner": learner,
                    "total": self.total(learner),
                    "possible": self.total_possible(),
                    "passed": self.passed(learner),
                    "grades": {
                        exercise: cell.to_dict()
                        for exercise in self.exercises
                        if (cell := self.cell(learner, exercise)) is not None
                    },
                }
                for learner in self.learners
            ],
            "exercises": self.exercises,
            "questions": [
                {"id": exercise, "title": self.title(exercise), "points_possible": self.possible(exercise)}
                for exercise in self.exercises
            ],
            "possible": self.total_possible(),
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
    title: str = ""


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
            "points": r.points,
            "points_possible": r.points_possible,
            "hidden_total": r.hidden_total,
            "hidden_failed": r.hidden_failed,
            "hidden_feedback": r.hidden_feedback,
            "code_shape": r.code_shape,
            "exercise_title": r.title,
            "exercise_position": r.position,
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
    titles: dict[str, str] = {}
    positions: dict[str, int] = {}
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
            points=row["points"],
            points_possible=row["points_possible"],
            hidden_total=row["hidden_total"],
            hidden_failed=row["hidden_failed"],
            hidden_feedback=row["hidden_feedback"],
            code_shape=row["code_shape"],
            submission_sha=row["submission_sha"],
        )
        if row["exercise_title"]:  # a grade from before titles were kept has none
            titles[row["exercise_id"]] = row["exercise_title"]
            positions[row["exercise_id"]] = row["exercise_position"]
    learners = sorted({learner for learner, _ in cells}, key=str.casefold)
    unplaced = len(positions)
    exercises = sorted({exercise for _, exercise in cells}, key=lambda e: (positions.get(e, unplaced), e))
    return Gradebook(learners, exercises, cells, titles)


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
                title=book.title(exercise),
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


def _csv(rows: list[list[object]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n", quoting=csv.QUOTE_NONNUMERIC)
    for row in rows:
        writer.writerow([spreadsheet_safe(cell) for cell in row])
    return buffer.getvalue()


def _number(value: float) -> float | int:
    rounded = round(value, 2)
    return int(rounded) if rounded == int(rounded) else rounded


def _marks(book: Gradebook, learner: str) -> list[object]:
    return ["" if (cell := book.cell(learner, e)) is None else _number(cell.points) for e in book.exercises]


def to_csv(book: Gradebook) -> str:
    """One row per learner: the points earned on each question (empty when never graded), in the course's order and
    headed by its title and what it is worth, then the total and the number of questions passed.

    Safe to open in a spreadsheet: every text cell is quoted, and one that starts like a formula (a learner named
    ``=HYPERLINK(...)``, a title a mentor chose) starts with an apostrophe instead."""
    header = ["learner"]
    header += [f"{book.title(e)} (of {points_text(book.possible(e))})" for e in book.exercises]
    header += [f"total (of {points_text(book.total_possible())})", "passed"]
    rows: list[list[object]] = [header]
    for learner in book.learners:
        marks = _marks(book, learner)
        rows.append([learner, *marks, _number(book.total(learner)), book.passed(learner)])
    return _csv(rows)


def to_lms_csv(book: Gradebook) -> str:
    """The gradebook as Canvas's and Moodle's grade import reads it: one row per learner, one column per question
    (headed by its title) with the points earned, and the total.

    Canvas's own export columns come first (``Student``, ``ID``, ``SIS User ID``, ``SIS Login ID``, ``Section``),
    the learner's name in ``Student`` and ``SIS Login ID``, so Canvas matches learners by login. Canvas makes a new
    assignment of every column it does not know, so the total is headed ``Final Points``, one of the columns its own
    export calculates and its import leaves alone. Moodle's import maps any column (``SIS Login ID`` to the username,
    each question's column to a grade item; the total is left unmapped). A question never graded for a learner is
    left empty (Canvas and Moodle then leave that grade as it is)."""
    rows: list[list[object]] = [
        ["Student", "ID", "SIS User ID", "SIS Login ID", "Section", *map(book.title, book.exercises), "Final Points"]
    ]
    for learner in book.learners:
        marks = _marks(book, learner)
        rows.append([learner, "", "", learner, "", *marks, _number(book.total(learner))])
    return _csv(rows)


def _worth(points: float, possible: float) -> str:
    return f"{points_text(points)} of {points_text(possible)} point{'' if possible == 1 else 's'}"


def feedback_markdown(
    book: Gradebook, learner: str, titles: dict[str, str] | None = None, release_hidden: bool = False
) -> str:
    """One learner's feedback: per question, in the course's order, the points and the words `check` gives.

    A learner reads it with only their notebook, so it never names a command of mlsteps. The cases kept for grading
    are counted but not shown (what they call, what they expect) until ``release_hidden``."""
    titles = {**book.titles, **(titles or {})}
    lines = [
        f"# Feedback for {learner}",
        "",
        f"**{_worth(book.total(learner), book.total_possible())}** in all: "
        f"{book.passed(learner)} of {len(book.exercises)} questions passed.",
        "",
    ]
    for number, exercise in enumerate(book.exercises, start=1):
        cell = book.cell(learner, exercise)
        lines += [f"## {number}. {titles.get(exercise) or exercise}", ""]
        if cell is None:
            lines += ["Not graded yet.", ""]
            continue
        state = "passed" if cell.passed else f"{cell.verdict}, {cell.cases_passed} of {cell.cases_total} cases passed"
        lines += [f"**{_worth(cell.points, cell.points_possible)}** ({state})", ""]
        if cell.note:
            lines += [cell.note, ""]
        if cell.feedback and not cell.passed:
            lines += ["```text", cell.feedback.replace("```", "'''"), "```", ""]
        if cell.hidden_failed and release_hidden and cell.hidden_feedback:
            lines += ["The cases kept for grading that failed:", ""]
            lines += ["```text", cell.hidden_feedback.replace("```", "'''"), "```", ""]
        elif cell.hidden_failed:
            some = "1 case" if cell.hidden_failed == 1 else f"{cell.hidden_failed} cases"
            lines += [f"{some} kept for grading failed; your mentor shows which once the cases are released.", ""]
    return "\n".join(lines)


def write_feedback(
    book: Gradebook, folder: Path, titles: dict[str, str] | None = None, release_hidden: bool = False
) -> list[Path]:
    """One Markdown file per learner in ``folder``; returns the paths written."""
    written = []
    used: set[str] = set()
    for learner in book.learners:
        name = safe_file_name(learner)
        while name in used:
            name += "_"
        used.add(name)
        path = folder / f"{name}.md"
        write_atomically(path, feedback_markdown(book, learner, titles, release_hidden))
        written.append(path)
    return written


def similar(book: Gradebook, known: dict[str, dict[str, str]] | None = None) -> list[Group]:
    """Learners whose answers share a shape (the same code but for names, comments and formatting), per exercise
    in the course's order; ``known`` names shapes such as the starter's."""
    return groups(
        (
            (exercise, learner, cell.code_shape, cell.submission_sha, cell.verdict)
            for exercise in book.exercises
            for learner in book.learners
            if (cell := book.cell(learner, exercise)) is not None
        ),
        known,
    )


def to_json(book: Gradebook) -> str:
    return json.dumps(book.to_dict(), indent=2, ensure_ascii=False)
