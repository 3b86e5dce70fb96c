"""Mentors and cohorts: a course of their own, proved; a cohort graded from folders, notebooks and zips; the
gradebook, its exports, its feedback and where the cohort is stuck; and submissions that try to break it."""

import csv
import io
import json
import shutil
import zipfile
from pathlib import Path

import nbformat
import pytest
import sqlalchemy as sa

from mlsteps.cohorts import gradebook
from mlsteps.cohorts.grading import grade
from mlsteps.engine.catalog import Catalog
from mlsteps.record.schema import grades
from mlsteps.record.store import Store
from tests.conftest import run_cli

COURSE = Path(__file__).parent / "fixtures" / "course"
WORDS, RATIO = "ds101/word-lengths", "ds101/safe-ratio"
EXERCISES = f"{WORDS},{RATIO}"


def source(exercise: str, name: str) -> str:
    folder = COURSE / "basics" / exercise
    return (folder / (f"mistakes/{name}.py" if name != "solution" else "solution.py")).read_text()


def notebook(*codes: str) -> str:
    book = nbformat.v4.new_notebook()
    book.cells = [nbformat.v4.new_markdown_cell("My work"), nbformat.v4.new_code_cell("import math\n%whos")]
    book.cells += [nbformat.v4.new_code_cell(code) for code in codes]
    return nbformat.writes(book)


def workspace_layout(folder: Path, words: str, ratio: str) -> Path:
    (folder / "courses/ds101/basics").mkdir(parents=True)
    (folder / "courses/ds101/basics/word-lengths.py").write_text(words)
    (folder / "courses/ds101/basics/safe-ratio.py").write_text(ratio)
    return folder


@pytest.fixture
def cohort(tmp_path) -> Path:
    """Learners in every shape a submission may take, right and wrong."""
    root = tmp_path / "cohort"
    root.mkdir()
    workspace_layout(root / "ada", source("word-lengths", "solution"), source("safe-ratio", "solution"))
    workspace_layout(root / "bob", source("word-lengths", "counts-letters-of-text"), source("safe-ratio", "solution"))
    (root / "cleo").mkdir()
    (root / "cleo" / "week1.ipynb").write_text(notebook(source("word-lengths", "solution")))
    (root / "cleo" / "week2.ipynb").write_text(notebook(source("safe-ratio", "returns-zero")))
    (root / "dan.ipynb").write_text(notebook(source("safe-ratio", "divides-anyway"), "def word_lengths(text):\n  1/0"))
    with zipfile.ZipFile(root / "eve.zip", "w") as archive:
        both = notebook(source("word-lengths", "solution"), source("safe-ratio", "solution"))
        archive.writestr("eve/week1.ipynb", both)
    return root


def run_grade(cohort: Path, tmp_path: Path, *extra: str) -> list[dict]:
    result = run_cli(
        "grade", str(cohort), "--exercises", EXERCISES, "--course", str(COURSE),
        "--db", f"sqlite:///{tmp_path / 'book.db'}", "--json", *extra, cwd=tmp_path, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def by_pair(rows: list[dict]) -> dict[tuple[str, str], dict]:
    return {(row["learner"], row["exercise"]): row for row in rows}


# ------------------------------------------------------------------------------------------------ courses


def test_a_course_of_ones_own_is_proved_by_lint(tmp_path):
    result = run_cli("course", "lint", str(COURSE), "--json", cwd=tmp_path, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    report = json.loads(result.stdout)
    assert report["course"] == "ds101"
    assert {item["id"]: item["problems"] for item in report["exercises"]} == {WORDS: [], RATIO: []}


def test_lint_says_what_is_wrong_with_an_exercise_that_does_not_prove_itself(tmp_path):
    broken = shutil.copytree(COURSE, tmp_path / "course")
    exercise = broken / "basics" / "safe-ratio"
    (exercise / "solution.py").write_text("def safe_ratio(top, bottom):\n    return 0\n")  # same as the starter
    toml = exercise / "exercise.toml"
    toml.write_text(toml.read_text().replace('says = "None"', 'says = "something it never says"'))
    result = run_cli("course", "lint", str(broken), cwd=tmp_path, timeout=120)
    assert result.returncode == 1
    assert "✓ ds101/word-lengths" in result.stdout
    assert "✗ ds101/safe-ratio" in result.stdout
    assert "the starter should run and fail the checks, but its verdict is passed" in result.stdout
    assert "the feedback does not say 'something it never says'" in result.stdout


def test_a_folder_that_is_not_a_course_gets_a_clear_message(tmp_path):
    result = run_cli("course", "lint", str(tmp_path), cwd=tmp_path)
    assert result.returncode == 2
    assert "has no course.toml" in result.stderr and 'id = "ds101"' in result.stderr


def test_a_course_id_that_clashes_with_a_built_in_one_is_refused(tmp_path):
    clash = shutil.copytree(COURSE, tmp_path / "course")
    toml = clash / "basics" / "safe-ratio" / "exercise.toml"
    toml.write_text(toml.read_text().replace('id = "ds101/safe-ratio"', 'id = "python/list-comprehensions"'))
    result = run_cli("course", "lint", str(clash), cwd=tmp_path)
    assert result.returncode == 2
    assert "python/list-comprehensions is already used" in result.stderr


def test_a_course_added_to_a_workspace_works_with_every_command_that_takes_ids(tmp_path):
    assert run_cli("init", "ws", cwd=tmp_path).returncode == 0
    workspace = tmp_path / "ws"
    added = run_cli("course", "add", str(COURSE), cwd=workspace)
    assert added.returncode == 0, added.stderr
    learner_file = workspace / "courses/ds101/basics/word-lengths.py"
    assert learner_file.read_text() == (COURSE / "basics/word-lengths/starter.py").read_text()
    listed = json.loads(run_cli("list", "--json", cwd=workspace).stdout)
    assert {"id": WORDS, "path": "courses/ds101/basics/word-lengths.py"}.items() <= next(
        row for row in listed if row["id"] == WORDS
    ).items()
    failing = run_cli("check", WORDS, cwd=workspace)
    assert "0 of 4 cases passed" in failing.stdout or "of 4 cases passed" in failing.stdout
    learner_file.write_text(source("word-lengths", "solution"))
    assert "All 4 cases passed" in run_cli("check", WORDS, cwd=workspace).stdout
    assert "text.split()" in run_cli("hint", WORDS, cwd=workspace).stdout
    mistyped = run_cli("check", "ds101/word-length", cwd=workspace)
    assert mistyped.returncode == 2 and "ds101/word-lengths" in mistyped.stderr
    progress = json.loads(run_cli("progress", "--json", cwd=workspace).stdout)
    assert progress["steps"][0]["solved"] == 0  # a course's exercises do not count in the five steps


# ------------------------------------------------------------------------------------------------ grading


def test_a_cohort_is_graded_from_folders_notebooks_and_zips(cohort, tmp_path):
    rows = run_grade(cohort, tmp_path)
    assert {"learner", "exercise", "verdict", "passed"} <= set(rows[0])
    grid = {pair: (row["verdict"], row["cases_passed"]) for pair, row in by_pair(rows).items()}
    assert grid == {
        ("ada", WORDS): ("passed", 4),
        ("ada", RATIO): ("passed", 4),
        ("bob", WORDS): ("failed", 1),
        ("bob", RATIO): ("passed", 4),
        ("cleo", WORDS): ("passed", 4),
        ("cleo", RATIO): ("failed", 3),
        ("dan", WORDS): ("error", 0),
        ("dan", RATIO): ("error", 3),
        ("eve", WORDS): ("passed", 4),
        ("eve", RATIO): ("passed", 4),
    }
    rows = by_pair(rows)
    assert rows[("bob", WORDS)]["mistake"] == "counts-letters-of-text"
    assert rows[("cleo", RATIO)]["mistake"] == "returns-zero"
    assert "Called safe_ratio(3, 0)" in rows[("cleo", RATIO)]["feedback"]
    # Notebook code is reported by its cell, as the learner sees it, not by a gathered file's line.
    assert "cell 4 of dan.ipynb" in rows[("dan", WORDS)]["feedback"]


def test_grading_with_two_workers_gives_the_same_grades_as_one(cohort, tmp_path):
    catalog = Catalog(courses=[COURSE])
    one = grade(cohort, [WORDS, RATIO], catalog, workers=1)
    two = grade(cohort, [WORDS, RATIO], catalog, workers=2)
    assert [r.to_dict() | {"duration_ms": 0} for r in one.results] == [
        r.to_dict() | {"duration_ms": 0} for r in two.results
    ]


def test_grading_the_same_submissions_twice_keeps_one_row_each(cohort, tmp_path):
    run_grade(cohort, tmp_path)
    run_grade(cohort, tmp_path)
    store = Store(f"sqlite:///{tmp_path / 'book.db'}")
    with store.engine.connect() as connection:
        count = connection.execute(sa.select(sa.func.count()).select_from(grades)).scalar()
    assert count == 10
    # A learner who fixes their work gets a new row, and the gradebook shows the newest.
    (cohort / "bob/courses/ds101/basics/word-lengths.py").write_text(source("word-lengths", "solution"))
    run_grade(cohort, tmp_path)
    with store.engine.connect() as connection:
        assert connection.execute(sa.select(sa.func.count()).select_from(grades)).scalar() == 11
    assert gradebook.load(store).cell("bob", WORDS).passed
    store.close()


def test_nothing_in_a_submission_changes_how_it_is_graded(cohort, tmp_path):
    """A learner who ships their own check, expected values or course files is still graded by the real ones."""
    bob = cohort / "bob"
    (bob / "check.py").write_text("def cases(rng):\n    return []\n")
    (bob / "course.toml").write_text('[course]\nid = "ds101"\n')
    fake = bob / "basics/word-lengths"
    fake.mkdir(parents=True)
    (fake / "solution.py").write_text(source("word-lengths", "counts-letters-of-text"))
    (fake / "exercise.toml").write_text('id = "ds101/word-lengths"\nentry = "word_lengths"\n')
    words = bob / "courses/ds101/basics/word-lengths.py"
    words.write_text(
        source("word-lengths", "counts-letters-of-text")
        + "\nimport builtins\nbuiltins.__dict__['AssertionError'] = Exception\n"
    )
    row = by_pair(run_grade(cohort, tmp_path))[("bob", WORDS)]
    assert row["verdict"] == "failed" and row["cases_passed"] == 1


# --------------------------------------------------------------------------------------------- bad input


def test_every_kind_of_bad_submission_gets_its_own_line_and_verdict(cohort, tmp_path):
    (cohort / "corrupt.ipynb").write_text("{this is not json")
    with zipfile.ZipFile(cohort / "slip.zip", "w") as archive:
        archive.writestr("../../escaped.py", "print('out')")
    with zipfile.ZipFile(cohort / "bomb.zip", "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("huge.py", b"\0" * (70 * 1024 * 1024))
    with zipfile.ZipFile(cohort / "crowd.zip", "w") as archive:
        for number in range(2100):
            archive.writestr(f"f{number}.txt", "")
    many = workspace_layout(cohort / "many", source("word-lengths", "solution"), source("safe-ratio", "solution"))
    crowded_notebooks = cohort / "manynb"
    crowded_notebooks.mkdir()
    for number in range(5200):
        (many / f"junk{number:05d}.py").write_text("")
        (crowded_notebooks / f"junk{number:05d}.py").write_text("")
    (crowded_notebooks / "work.ipynb").write_text(notebook(source("safe-ratio", "solution")))
    latin = workspace_layout(cohort / "latin", "", source("safe-ratio", "solution"))
    latin_text = "# café\ndef word_lengths(t): pass\n".encode("latin-1")
    (latin / "courses/ds101/basics/word-lengths.py").write_bytes(latin_text)
    odd = "Zoë \x07O'Brien-<b>\u200b"
    workspace_layout(cohort / odd, source("word-lengths", "solution"), source("safe-ratio", "solution"))
    before = sorted(p.name for p in tmp_path.parent.iterdir())

    result = run_cli(
        "grade", str(cohort), "--exercises", EXERCISES, "--course", str(COURSE),
        "--db", f"sqlite:///{tmp_path / 'book.db'}", "--json", cwd=tmp_path, timeout=180,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    rows = by_pair(json.loads(result.stdout))
    report = result.stderr
    assert rows[("corrupt", WORDS)]["verdict"] == "unreadable" and "not a readable notebook" in report
    assert rows[("slip", WORDS)]["verdict"] == "rejected" and "outside its folder" in report
    assert rows[("bomb", RATIO)]["verdict"] == "rejected" and "more than a submission may hold" in report
    assert rows[("crowd", RATIO)]["verdict"] == "rejected" and "2100 files" in report
    assert rows[("many", WORDS)]["verdict"] == "passed"  # its files are where they should be: nothing to search
    assert rows[("manynb", RATIO)]["verdict"] == "missing" and "manynb: only the first 5000 files" in report
    assert rows[("latin", WORDS)]["verdict"] == "unreadable" and "not UTF-8" in report
    assert rows[("latin", RATIO)]["verdict"] == "passed"
    assert rows[("Zoë O'Brien-<b>", WORDS)]["verdict"] == "passed"
    # The good submissions were graded as ever, and nothing was written outside the grading folders.
    assert rows[("ada", WORDS)]["passed"] and rows[("eve", RATIO)]["passed"]
    assert sorted(p.name for p in tmp_path.parent.iterdir()) == before
    assert not list(tmp_path.rglob("escaped.py"))


def test_an_unknown_exercise_id_stops_grading_before_it_starts_with_the_nearest_ids(cohort, tmp_path):
    """A mistyped id used to be a warning and exit 0: a grading script never noticed."""
    book = tmp_path / "book.db"
    result = run_cli(
        "grade", str(cohort), "--exercises", f"{WORDS},ds101/word-lenghts", "--course", str(COURSE),
        "--db", f"sqlite:///{book}", cwd=tmp_path, timeout=60,
    )  # fmt: skip
    assert result.returncode == 2
    said = " ".join(result.stderr.split())
    assert "There is no exercise called 'ds101/word-lenghts'. Did you mean ds101/word-lengths?" in said
    assert "Nothing was graded" in said and not book.exists()


def test_a_submissions_folder_that_does_not_exist_is_a_clear_message(tmp_path):
    result = run_cli("grade", str(tmp_path / "nope"), "--exercises", WORDS, "--course", str(COURSE), cwd=tmp_path)
    assert result.returncode == 2 and "is not a folder" in result.stderr


def test_a_learner_whose_code_never_ends_does_not_hold_up_the_others(cohort, tmp_path):
    endless = "def safe_ratio(a, b):\n    while True:\n        pass\n"
    (cohort / "bob/courses/ds101/basics/safe-ratio.py").write_text(endless)
    rows = by_pair(run_grade(cohort, tmp_path))
    assert rows[("bob", RATIO)]["verdict"] == "timeout"
    assert rows[("ada", RATIO)]["passed"] and rows[("eve", WORDS)]["passed"]


# --------------------------------------------------------------------------------------------- gradebook


def test_the_gradebook_exports_csv_json_feedback_and_where_the_cohort_is_stuck(cohort, tmp_path):
    run_grade(cohort, tmp_path)
    db = ("--db", f"sqlite:///{tmp_path / 'book.db'}")
    shown = run_cli("gradebook", *db, cwd=tmp_path)
    assert shown.returncode == 0 and "ada" in shown.stdout and "2/2" in shown.stdout
    # The course's order and titles, never its ids sorted; partial credit: a share of a point per case passed.
    assert shown.stdout.index("How long is each word?") < shown.stdout.index("A ratio that never divides by zero")
    assert "✗ 0.25/1 failed" in shown.stdout and "1.25/2" in shown.stdout

    assert run_cli("gradebook", *db, "--csv", "book.csv", cwd=tmp_path).returncode == 0
    table = list(csv.DictReader(io.StringIO((tmp_path / "book.csv").read_text())))
    words, ratio = "How long is each word? (of 1)", "A ratio that never divides by zero (of 1)"
    assert list(table[0]) == ["learner", words, ratio, "total (of 2)", "passed"]
    totals = {row["learner"]: (row["total (of 2)"], row["passed"]) for row in table}
    assert totals == {
        "ada": ("2", "2"), "bob": ("1.25", "1"), "cleo": ("1.75", "1"), "dan": ("0.75", "0"), "eve": ("2", "2")
    }  # fmt: skip
    assert next(row for row in table if row["learner"] == "bob")[words] == "0.25"

    data = json.loads(run_cli("gradebook", *db, "--json", cwd=tmp_path).stdout)
    assert {item["learner"]: item["total"] for item in data["learners"]}["ada"] == 2
    assert data["exercises"] == [WORDS, RATIO] and data["questions"][0]["title"] == "How long is each word?"

    assert run_cli("gradebook", *db, "--feedback", "feedback", cwd=tmp_path).returncode == 0
    bob = (tmp_path / "feedback" / "bob.md").read_text()
    assert "# Feedback for bob" in bob and "Called word_lengths('the cat sat')" in bob
    assert "Each value should be the length of each word" in bob  # the exercise's own diagnosis, as `check` gives it
    assert "**1.25 of 2 points** in all" in bob and "## 1. How long is each word?" in bob
    assert "**0.25 of 1 point** (failed, 1 of 4 cases passed)" in bob
    assert "mlsteps" not in bob  # a cohort learner has only their notebook: no `mlsteps hint`, no `mlsteps next`
    assert len(list((tmp_path / "feedback").glob("*.md"))) == 5

    stuck_json = run_cli("gradebook", *db, "--stuck", "--json", cwd=tmp_path).stdout
    stuck = {row["exercise"]: row for row in json.loads(stuck_json)}
    assert stuck[RATIO]["pass_rate"] == pytest.approx(3 / 5)
    assert stuck[RATIO]["common_case"].startswith("a zero bottom: safe_ratio(3, 0)")
    assert dict(map(tuple, stuck[RATIO]["mistakes"])) == {"returns-zero": 1, "divides-anyway": 1}
    assert dict(map(tuple, stuck[WORDS]["mistakes"])) == {"counts-letters-of-text": 1}


def test_an_empty_gradebook_says_how_to_fill_it(tmp_path):
    result = run_cli("gradebook", "--db", f"sqlite:///{tmp_path / 'book.db'}", cwd=tmp_path)
    assert result.returncode == 2 and "mlsteps grade" in result.stderr


def test_a_submission_cannot_rewrite_the_course_or_the_judges_cache_for_those_graded_after_it(tmp_path):
    course = shutil.copytree(COURSE, tmp_path / "course")  # a copy: if the guard failed, the fixture stays whole
    check = course / "basics/word-lengths/check.py"
    original = check.read_text()
    cache = tmp_path / "cache"
    cohort = tmp_path / "cohort"
    vandal = (
        "import glob, os\n"
        f"for path in [{str(check)!r}, *glob.glob({str(cache)!r} + '/*')]:\n"
        "    try:\n"
        "        open(path, 'w').write('def cases(rng):\\n    return []\\n')\n"
        "    except OSError:\n"
        "        pass\n"
    )
    ratio = source("safe-ratio", "solution")
    workspace_layout(cohort / "a-mallory", vandal + source("word-lengths", "solution"), ratio)
    workspace_layout(cohort / "b-bob", source("word-lengths", "counts-letters-of-text"), ratio)
    catalog = Catalog(courses=[course])
    first = grade(cohort, [WORDS, RATIO], catalog, workers=1, cache=cache)
    assert list(cache.iterdir())  # the reference's results were cached before mallory's code ran
    second = grade(cohort, [WORDS, RATIO], Catalog(courses=[course]), workers=1, cache=cache)
    for report in (first, second):
        grades_of = {(r.learner, r.exercise): r for r in report.results}
        assert grades_of[("b-bob", WORDS)].verdict == "failed" and grades_of[("b-bob", WORDS)].cases_passed == 1
    assert check.read_text() == original


def test_a_course_exercise_whose_solution_is_broken_stops_grading_with_a_message_not_a_traceback(cohort, tmp_path):
    broken = shutil.copytree(COURSE, tmp_path / "course")
    (broken / "basics/safe-ratio/solution.py").write_text("def safe_ratio(top, bottom):\n    return top / bottom\n")
    result = run_cli(
        "grade", str(cohort), "--exercises", EXERCISES, "--course", str(broken), "--db",
        f"sqlite:///{tmp_path / 'book.db'}", cwd=tmp_path, timeout=120,
    )  # fmt: skip
    assert result.returncode == 2
    assert "An exercise cannot be graded" in result.stderr and "course lint" in result.stderr
    assert "Traceback" not in result.stderr


def test_the_benchmarks_course_proves_itself_too(tmp_path):
    bench_course = Path(__file__).parents[1] / "benchmarks" / "grading" / "course"
    result = run_cli("course", "lint", str(bench_course), "--json", cwd=tmp_path, timeout=120)
    assert result.returncode == 0, result.stdout
    assert len(json.loads(result.stdout)["exercises"]) == 5


def test_a_gradebook_database_that_cannot_be_reached_loses_no_grade_and_says_why(cohort, tmp_path):
    result = run_cli(
        "grade", str(cohort), "--exercises", EXERCISES, "--course", str(COURSE),
        "--db", "postgresql+psycopg://mentor:secret@127.0.0.1:1/cohort", "--json", cwd=tmp_path, timeout=120,
    )  # fmt: skip
    assert result.returncode == 2
    assert "cannot be reached" in result.stderr and "secret" not in result.stderr
    assert len(json.loads(result.stdout)) == 10  # the grades are still shown


def test_built_in_exercises_of_a_step_with_preloaded_libraries_are_graded_too(catalog, tmp_path):
    exercise = catalog.get("numpy/make-arrays")
    for learner, file in (("ann", exercise.solution_path), ("ben", exercise.folder / "starter.py")):
        target = tmp_path / "cohort" / learner / exercise.workspace_path
        target.parent.mkdir(parents=True)
        shutil.copy(file, target)
    report = grade(tmp_path / "cohort", [exercise.id], catalog, workers=2)
    assert [(r.learner, r.verdict) for r in report.results] == [("ann", "passed"), ("ben", "failed")]


def test_a_course_broken_after_it_was_added_is_named_as_the_courses_problem(tmp_path):
    assert run_cli("init", "ws", cwd=tmp_path).returncode == 0
    course = shutil.copytree(COURSE, tmp_path / "course")
    assert run_cli("course", "add", str(course), cwd=tmp_path / "ws").returncode == 0
    (course / "basics/safe-ratio/exercise.toml").write_text("this is = = not toml")
    result = run_cli("list", cwd=tmp_path / "ws")
    assert result.returncode == 2
    assert "A course added to this workspace has a problem" in result.stderr
    assert "safe-ratio/exercise.toml" in result.stderr and "not your fault" not in result.stderr


def test_entries_that_would_be_one_learner_are_refused_together_and_never_renamed(tmp_path):
    """`alice`, `alice (2)/` and `alice.zip` used to become two learners called `alice (2)`, one grade replacing
    the other; and which entry got which name depended on the order of the folder."""
    cohort = tmp_path / "cohort"
    workspace_layout(cohort / "alice", source("word-lengths", "solution"), source("safe-ratio", "solution"))
    workspace_layout(cohort / "alice (2)", source("word-lengths", "counts-letters-of-text"), "")
    with zipfile.ZipFile(cohort / "alice.zip", "w") as archive:
        archive.writestr("week1.ipynb", notebook(source("word-lengths", "solution")))
    workspace_layout(cohort / "Bob", source("word-lengths", "solution"), "")
    (cohort / "bob.ipynb").write_text(notebook(source("word-lengths", "solution")))
    (cohort / "carol.ipynb").write_text(notebook(source("word-lengths", "counts-letters-of-text")))
    catalog = Catalog(courses=[COURSE])

    for _ in range(2):  # the same names, every run
        report = grade(cohort, [WORDS, "ds101/no-such-exercise"], catalog, workers=1)
        assert {(r.learner, r.exercise): r.verdict for r in report.results if r.exercise == WORDS} == {
            ("alice (2)", WORDS): "failed",
            ("carol", WORDS): "failed",
        }
        assert {r.learner for r in report.results} == {"alice (2)", "carol"}
        [alices] = [line for line in report.lines if "'alice" in line]
        assert "'alice/' and 'alice.zip' would both be graded as the learner 'alice'" in alices
        assert "none of them was graded" in alices and "'alice (2)/'" not in alices
        [bobs] = [line for line in report.lines if "'Bob/'" in line]
        assert "'Bob/' and 'bob.ipynb' would both be graded as the learner 'Bob' / 'bob'" in bobs

    book = tmp_path / "book.db"
    result = run_cli(
        "grade", str(cohort), "--exercises", WORDS, "--course", str(COURSE), "--db", f"sqlite:///{book}",
        cwd=tmp_path, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "'alice/' and 'alice.zip' would both be graded as the learner 'alice'" in " ".join(result.stderr.split())
    store = Store(f"sqlite:///{book}")
    assert gradebook.load(store).learners == ["alice (2)", "carol"]  # nothing recorded under a name in doubt
    store.close()


def test_a_learner_name_comes_from_the_entry_alone_and_clashing_entries_name_each_other(tmp_path):
    from mlsteps.cohorts.submissions import read_submissions

    cohort = tmp_path / "cohort"
    for folder in ("alice", "alice (2)", "zed"):
        (cohort / folder).mkdir(parents=True)
    with zipfile.ZipFile(cohort / "alice.zip", "w") as archive:
        archive.writestr("week1.ipynb", notebook("x = 1"))
    read = read_submissions(cohort, tmp_path / "scratch")
    assert [(s.origin, s.learner) for s in read] == [
        ("alice", "alice"),
        ("alice (2)", "alice (2)"),
        ("alice.zip", "alice"),
        ("zed", "zed"),
    ]
    refused = {s.origin: s for s in read if s.clashes_with}
    assert set(refused) == {"alice", "alice.zip"} and refused["alice"].clashes_with == ("alice.zip",)
    assert refused["alice"].problem == refused["alice.zip"].problem
    assert "'alice/' and 'alice.zip' would both be graded as the learner 'alice'" in refused["alice"].problem
    assert all(s.root is None for s in refused.values())
    (cohort / "zed").rename(cohort / "aaron")  # another entry sorting first changes nobody's name
    assert [(s.origin, s.learner) for s in read_submissions(cohort, tmp_path / "again")][:3] == [
        ("aaron", "aaron"),
        ("alice", "alice"),
        ("alice (2)", "alice (2)"),
    ]
