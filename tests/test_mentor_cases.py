"""What a mentor states about cases: expected values (``expect=`` and the prompt's ``>>>`` examples) that lint proves
the reference against, hidden cases kept for grading, and points."""

import csv
import json
import shutil
from pathlib import Path

import pytest

from mlsteps.engine.cases import case
from mlsteps.engine.catalog import Catalog
from mlsteps.engine.examples import prompt_examples
from mlsteps.engine.judge import Judge
from mlsteps.engine.points import case_points, points_problems, score
from mlsteps.engine.verdict import CaseResult
from tests.conftest import run_cli

COURSE = Path(__file__).parent / "fixtures" / "course"
RATIO = "ds101/safe-ratio"

PROMPT = """# Title

Text with `safe_ratio(1, 2)` inline, which is not an example.

```python
>>> safe_ratio(3, 4)
0.75
>>> safe_ratio(3, 0) is None
True
>>> safe_ratio(top=1, bottom=8)
0.125
>>> safe_ratio(x, 2)
1.5
>>> safe_ratio([1, 2], {"a": (1, 2)})
{'a': [1,
       2]}
>>> safe_ratio(-1, 1)
Traceback (most recent call last):
  ...
ValueError: no negative tops
>>> print(safe_ratio(1, 1))
1.0
>>> safe_ratio(1, 3)
np.float64(0.333)
```

>>> safe_ratio(9, 9)
1.0
"""


def test_the_prompts_literal_examples_are_cases_and_the_others_are_skipped():
    found = prompt_examples(PROMPT, "safe_ratio")
    assert [(example.line, example.call) for example in found] == [
        (6, "safe_ratio(3, 4)"),
        (10, "safe_ratio(top=1, bottom=8)"),
        (14, 'safe_ratio([1, 2], {"a": (1, 2)})'),
        (17, "safe_ratio(-1, 1)"),
    ]
    first, keywords, multiline, raising = (example.case for example in found)
    assert (first.args, first.expect, first.stated) == ((3, 4), 0.75, True)
    assert (keywords.args, keywords.kwargs, keywords.expect) == ((), {"top": 1, "bottom": 8}, 0.125)
    assert multiline.expect == {"a": [1, 2]}
    assert (raising.raises, raising.stated) == ("ValueError", False)
    assert first.label == "the prompt's example on line 6"


def test_case_takes_expect_hidden_points_and_group_and_refuses_bad_points():
    stated = case(3, 4, expect=0.75, hidden=True, points=2, group="cell-3")
    assert (stated.expect, stated.hidden, stated.points, stated.group) == (0.75, True, 2.0, "cell-3")
    assert stated.stated
    assert case(3, 4).stated is False and case(3, 4, expect=None).stated is True  # None is a value one can state
    with pytest.raises(ValueError, match="points"):
        case(1, points=-1)


def test_points_are_shared_by_the_cases_and_groups_are_all_or_nothing():
    four = [case(n) for n in range(4)]
    assert case_points(None, four) == [0.25] * 4  # partial credit: one point shared
    assert case_points(8, four) == [2.0] * 4
    mixed = [case(0, points=3), case(1), case(2)]
    assert case_points(5, mixed) == [3.0, 1.0, 1.0]
    assert case_points(None, [case(0, points=2), case(1, points=1)]) == [2.0, 1.0]

    def results(*passed):
        return [CaseResult(str(n), "f()", ok, "") for n, ok in enumerate(passed, 1)]

    assert score(None, four, results(True, True, False, True)) == score(None, four, results(True, True, True, False))
    assert score(None, four, results(True, True, False, True)).earned == 0.75
    grouped = [case(0, group="a"), case(1, group="a"), case(2, group="b"), case(3, group="b")]
    assert score(2, grouped, results(True, False, True, True)).earned == 1.0  # group a lost one case: no points
    assert score(2, grouped, results(True, True, True)).possible == 2.0  # a case not run earns nothing

    assert points_problems(None, four) == []
    assert "exercise.toml gives the exercise none" in points_problems(None, mixed)[0]
    assert "leaving nothing" in points_problems(3, mixed)[0]
    assert "add up to 3" in points_problems(4, [case(0, points=1), case(1, points=2)])[0]


# ------------------------------------------------------------------------------------------- lint proves them


def broken_copy(tmp_path: Path) -> Path:
    return shutil.copytree(COURSE, tmp_path / "course")


def lint(course: Path, cwd: Path) -> tuple[int, dict[str, list[str]], str]:
    result = run_cli("course", "lint", str(course), "--json", cwd=cwd, timeout=120)
    report = json.loads(result.stdout)
    return result.returncode, {item["id"]: item["problems"] for item in report["exercises"]}, result.stdout


def test_a_reference_broken_on_purpose_is_caught_by_the_prompts_example(tmp_path):
    """The issue's case: a wrong reference used to pass lint (it agrees with itself), then fail correct learners."""
    course = broken_copy(tmp_path)
    (course / "basics/safe-ratio/solution.py").write_text(
        "def safe_ratio(top, bottom):\n    if bottom == 0:\n        return None\n    return round(top / bottom, 1)\n"
    )
    code, problems, _ = lint(course, tmp_path)
    assert code == 1
    assert problems["ds101/word-lengths"] == []
    [problem] = problems[RATIO]
    assert problem.startswith("prompt.md line 8: safe_ratio(3, 4) states 0.75, but the reference returns 0.8")


def test_a_stated_expected_value_is_what_the_learner_is_judged_against_and_lint_proves_it(tmp_path):
    course = broken_copy(tmp_path)
    check = course / "basics/safe-ratio/check.py"
    check.write_text(check.read_text().replace('case(0, 5, label="a zero top")', "case(0, 5, expect=0.0)"))
    assert lint(course, tmp_path)[0] == 0
    check.write_text(check.read_text().replace("expect=0.0", "expect=1.0"))  # a slip in what the mentor states
    code, problems, _ = lint(course, tmp_path)
    assert code == 1
    assert "case 3 of check.py: safe_ratio(0, 5) states 1.0, but the reference returns 0.0" in problems[RATIO][0]
    # The learner is judged against what is stated: the right answer now fails that one case.
    exercise = Catalog(courses=[course]).get(RATIO)
    with Judge() as judge:
        verdict = judge.check(exercise, exercise.solution_path)
    assert [result.passed for result in verdict.cases] == [True, True, False, True]
    assert "expected: 1.0" in verdict.cases[2].message


def test_a_worker_killed_during_lint_is_named_as_such_not_as_the_mentors_solution(tmp_path):
    course = broken_copy(tmp_path)
    (course / "basics/safe-ratio/solution.py").write_text(
        "import os, signal\n\n\ndef safe_ratio(top, bottom):\n    if bottom == 0:\n"
        "        os.kill(os.getpid(), signal.SIGKILL)\n    return top / bottom\n"
    )
    code, problems, output = lint(course, tmp_path)
    assert code == 1
    [problem] = problems[RATIO]
    assert problem.startswith("not proved: the process running the reference solution of ds101/safe-ratio was killed")
    assert "signal 9" in problem and "during case 2 (a zero bottom: safe_ratio(3, 0))" in problem
    assert "'events'" not in output and "does not run cleanly" not in output


# ------------------------------------------------------------------------------------ hidden cases and points


def points_course(tmp_path: Path) -> Path:
    """The fixture course, worth 2 points an exercise; safe-ratio worth 4, its negative-top case kept for grading
    and worth 1 (the three others share the other 3)."""
    course = shutil.copytree(COURSE, tmp_path / "course")
    toml = course / "course.toml"
    toml.write_text(toml.read_text() + "points = 2\n")
    ratio = course / "basics/safe-ratio"
    (ratio / "exercise.toml").write_text(
        (ratio / "exercise.toml").read_text().replace("order = 2", "order = 2\npoints = 4")
    )
    check = ratio / "check.py"
    check.write_text(
        check.read_text().replace(
            'case(-6, 4, label="a negative top")', 'case(-6, 4, label="a negative top", hidden=True, points=1)'
        )
    )
    return course


ABS_RATIO = "def safe_ratio(top, bottom):\n    if bottom == 0:\n        return None\n    return abs(top) / bottom\n"


def test_a_learners_check_runs_only_the_public_cases_and_never_shows_a_hidden_one(tmp_path):
    exercise = Catalog(courses=[points_course(tmp_path)]).get(RATIO)
    answer = tmp_path / "safe-ratio.py"
    answer.write_text(ABS_RATIO)
    with Judge() as judge:
        checked = judge.check(exercise, answer)
        graded = judge.check(exercise, answer, hidden=True)
    assert checked.verdict == "passed" and len(checked.cases) == 3
    assert checked.summary == "All 3 public cases passed. 1 more case is kept for grading."
    text = json.dumps(checked.to_dict())
    assert "-6" not in text and "-1.5" not in text and "negative top" not in text
    assert graded.verdict == "failed" and [case.hidden for case in graded.cases] == [False, False, False, True]
    assert "safe_ratio(-6, 4)" in graded.cases[3].message


def test_grades_carry_points_and_hidden_cases_show_in_feedback_only_once_released(tmp_path):
    course = points_course(tmp_path)
    cohort = tmp_path / "cohort"
    solutions = {
        name: (COURSE / "basics" / name / "solution.py").read_text() for name in ("word-lengths", "safe-ratio")
    }
    mistakes = COURSE / "basics"
    for learner, words, ratio in (
        ("ada", solutions["word-lengths"], solutions["safe-ratio"]),
        ("bob", (mistakes / "word-lengths/mistakes/counts-letters-of-text.py").read_text(),
         (mistakes / "safe-ratio/mistakes/returns-zero.py").read_text()),
        ("hal", solutions["word-lengths"], ABS_RATIO),
    ):  # fmt: skip
        folder = cohort / learner / "courses/ds101/basics"
        folder.mkdir(parents=True)
        (folder / "word-lengths.py").write_text(words)
        (folder / "safe-ratio.py").write_text(ratio)
    db = ("--db", f"sqlite:///{tmp_path / 'book.db'}")
    graded = run_cli(
        "grade", str(cohort), "--exercises", f"{RATIO},ds101/word-lengths", "--course", str(course), *db, "--json",
        cwd=tmp_path, timeout=120,
    )  # fmt: skip
    assert graded.returncode == 0, graded.stderr
    rows = {(row["learner"], row["exercise"]): row for row in json.loads(graded.stdout)}
    hal = rows[("hal", RATIO)]
    assert (hal["points"], hal["points_possible"], hal["hidden_total"], hal["hidden_failed"]) == (3.0, 4.0, 1, 1)
    assert "safe_ratio(-6, 4)" not in hal["feedback"] and "safe_ratio(-6, 4)" in hal["hidden_feedback"]
    assert [(rows[(name, "ds101/word-lengths")]["points"]) for name in ("ada", "bob", "hal")] == [2.0, 0.5, 2.0]
    assert rows[("bob", RATIO)]["points"] == 3.0  # the zero-bottom case (1 point) lost; the hidden one passed
    assert (hal["total"], hal["total_possible"]) == (5.0, 6.0)  # the learner's total, on each of their rows
    assert next(iter(rows)) == ("ada", "ds101/word-lengths")  # the course's order, not the order asked

    shown = run_cli("gradebook", *db, cwd=tmp_path)
    assert "✗ 3/4 failed" in shown.stdout and "5/6" in shown.stdout and "3.5/6" in shown.stdout

    assert run_cli("gradebook", *db, "--feedback", "kept", cwd=tmp_path).returncode == 0
    kept = (tmp_path / "kept" / "hal.md").read_text()
    assert "**5 of 6 points** in all" in kept and "**3 of 4 points** (failed, 3 of 4 cases passed)" in kept
    assert "1 case kept for grading failed; your mentor shows which once the cases are released." in kept
    assert "-6" not in kept and "negative top" not in kept
    released = run_cli("gradebook", *db, "--feedback", "released", "--release-hidden", cwd=tmp_path)
    assert released.returncode == 0 and "hidden cases shown" in released.stdout
    assert "Called safe_ratio(-6, 4)" in (tmp_path / "released" / "hal.md").read_text()
    assert "--feedback" in run_cli("gradebook", *db, "--release-hidden", cwd=tmp_path).stderr

    assert run_cli("gradebook", *db, "--lms-csv", "lms.csv", cwd=tmp_path).returncode == 0
    lms = list(csv.reader((tmp_path / "lms.csv").open(newline="")))
    assert lms[0] == [
        "Student", "ID", "SIS User ID", "SIS Login ID", "Section",
        "How long is each word?", "A ratio that never divides by zero", "Final Points",
    ]  # fmt: skip  (a column Canvas calculates itself: its import creates no assignment called "Total")
    assert lms[1:] == [
        ["ada", "", "", "ada", "", "2", "4", "6"],
        ["bob", "", "", "bob", "", "0.5", "3", "3.5"],
        ["hal", "", "", "hal", "", "2", "3", "5"],
    ]


# -------------------------------------------------------------------------------------------- similar answers


def test_the_shape_of_code_leaves_out_names_comments_docstrings_and_layout_but_not_what_it_does():
    from mlsteps.cohorts.similar import code_shape

    mean = 'def mean_of(values):\n    """The mean."""\n    if not values:\n        return 0.0\n'
    mean += "    return sum(values) / len(values)\n"
    renamed = "def average(xs):  # mine\n    if not xs: return 0.0\n\n    return sum(xs)/len(xs)\n"
    assert code_shape(mean) == code_shape(renamed)
    assert code_shape(mean) != code_shape(renamed.replace("sum(xs)/len(xs)", "len(xs)/sum(xs)"))  # builtins kept
    assert code_shape(mean) != code_shape(renamed.replace("0.0", "0"))  # constants kept
    with_axis = "import numpy as np\ndef f(a, axis):\n    return np.sum(a, axis=axis)\n"
    other_names = "import numpy as numeric\ndef g(b, ax):\n    return numeric.sum(b, axis=ax)\n"
    assert code_shape(with_axis) == code_shape(other_names)  # a keyword is the callee's name, never renamed
    assert code_shape("def f(:\n") is None


def test_identical_and_near_identical_answers_are_grouped_with_their_learners(tmp_path):
    from tests.test_grading import notebook

    solution = (COURSE / "basics/word-lengths/solution.py").read_text()
    near = "def word_lengths(s):\n    # my own\n    return {w: len(w) for w in s.split()}\n"
    wrong = "def word_lengths(text):\n    return {word: len(text) for word in text.split()}\n"
    cohort = tmp_path / "cohort"
    cohort.mkdir()
    (cohort / "ada.ipynb").write_text(notebook(solution))
    (cohort / "eve.ipynb").write_text(notebook("x = 1", solution))  # the same code in another cell: the same hash
    (cohort / "fay.ipynb").write_text(notebook(near))
    (cohort / "bob.ipynb").write_text(notebook(wrong))
    (cohort / "dan.ipynb").write_text(notebook("# week 1", wrong.replace("text", "t")))
    (cohort / "cy.ipynb").write_text(notebook("def word_lengths(text):\n    return {}\n"))
    db = ("--db", f"sqlite:///{tmp_path / 'book.db'}")
    graded = run_cli(
        "grade", str(cohort), "-e", "ds101/word-lengths", "--course", str(COURSE), *db, "--json", cwd=tmp_path,
        timeout=120,
    )  # fmt: skip
    assert graded.returncode == 0, graded.stderr
    shas = {row["learner"]: row["submission_sha"] for row in json.loads(graded.stdout)}
    assert shas["ada"] == shas["eve"] != shas["fay"]  # the hash covers the code, not the cell it was found in

    result = run_cli("gradebook", *db, "--similar", "--course", str(COURSE), "--json", cwd=tmp_path)
    groups = [(g["learners"], g["identical"], g["verdict"], g["same_as"]) for g in json.loads(result.stdout)]
    assert groups == [
        (["ada", "eve", "fay"], False, "passed", "the reference solution"),
        (["bob", "dan"], False, "failed", None),
    ]
    shown = run_cli("gradebook", *db, "--similar", cwd=tmp_path).stdout
    assert "How long is each word? (ds101/word-lengths)" in shown and "bob, dan" in shown


# ------------------------------------------------------------------------------------------------- smaller


def test_gradebook_headers_are_never_cut_whatever_the_width(tmp_path):
    from mlsteps.cohorts import gradebook
    from mlsteps.cohorts.grades import GradeResult
    from mlsteps.record.store import Store

    titles = ["Turn raw counts into shares of the total", "A ratio that never divides by zero", "Fizz buzz"]
    store = Store(f"sqlite:///{tmp_path / 'book.db'}")
    gradebook.record(
        store,
        [
            GradeResult(
                learner,
                f"c/q{n}",
                "failed",
                False,
                1,
                4,
                f"{learner}{n}",
                points=0.25,
                points_possible=1,
                title=title,
                position=n,
            )
            for learner in ("ada", "a-learner-with-a-long-name")
            for n, title in enumerate(titles)
        ],
    )
    store.close()
    for columns in ("40", "80", "200"):
        shown = run_cli(
            "gradebook", "--db", f"sqlite:///{tmp_path / 'book.db'}", cwd=tmp_path, env={"COLUMNS": columns}
        )
        assert shown.returncode == 0 and "…" not in shown.stdout, shown.stdout
        words = set(shown.stdout.split())
        assert all(set(title.split()) <= words for title in titles), (columns, shown.stdout)
        assert {"learner", "points"} <= words  # the table's own headers too
    narrow = run_cli("gradebook", "--db", f"sqlite:///{tmp_path / 'book.db'}", cwd=tmp_path, env={"COLUMNS": "40"})
    assert "  1  Turn raw counts into shares of the total" in narrow.stdout  # numbered, the titles listed below


def test_mlsteps_says_its_version(tmp_path):
    result = run_cli("--version", cwd=tmp_path)
    assert result.returncode == 0 and result.stdout.startswith("mlsteps ")
    from importlib.metadata import version

    assert result.stdout.strip() == f"mlsteps {version('mlsteps')}"
