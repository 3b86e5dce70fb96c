"""Bringing existing assignments over: an nbgrader source notebook and an otter-assign master notebook become mlsteps
courses that lint clean and grade as nbgrader and otter do (each test cell all or nothing, hidden tests hidden,
points carried over), with a note for what cannot come over."""

import importlib.util
import json
import sys
from pathlib import Path

import nbformat
import pytest

from mlsteps.cohorts.convert import ConvertError, convert, starter_of
from mlsteps.cohorts.grading import grade
from mlsteps.engine.catalog import Catalog
from tests.conftest import run_cli

FIXTURES = Path(__file__).parent / "fixtures" / "convert"
BENCHMARK = Path(__file__).parents[1] / "benchmarks" / "grading" / "make_submissions.py"

MEDIAN = (
    "def median(values):\n    ordered = sorted(values)\n    middle = len(ordered) // 2\n    if len(ordered) % 2:\n"
    "        return ordered[middle]\n    return (ordered[middle - 1] + ordered[middle]) / 2\n"
)
UPPER_MEDIAN = "def median(values):\n    return sorted(values)[len(values) // 2]\n"  # wrong for an even count
STD = (
    "import math\n\ndef std(values):\n    mean = sum(values) / len(values)\n"
    "    return math.sqrt(sum((v - mean) ** 2 for v in values) / len(values))\n"
)
SAMPLE_STD = STD.replace("/ len(values))", "/ (len(values) - 1))")  # n - 1: the sample's, not the population's
INITIALS = 'def initials(name):\n    return "".join(word[0].upper() for word in name.split())\n'
LOWER_INITIALS = 'def initials(name):\n    return "".join(word[0] for word in name.split())\n'
VOWELS = 'def count_vowels(text):\n    return sum(1 for ch in text.lower() if ch in "aeiou")\n'
CASE_VOWELS = 'def count_vowels(text):\n    return sum(1 for ch in text if ch in "aeiou")\n'


def notebook(*codes: str) -> str:
    """A learner's notebook as a tool released it: their answers, and the public tests they ran."""
    book = nbformat.v4.new_notebook()
    book.cells = [nbformat.v4.new_markdown_cell("# My homework")]
    for code in codes:
        book.cells += [nbformat.v4.new_code_cell(code), nbformat.v4.new_code_cell("assert True  # the public tests")]
    return nbformat.writes(book)


def converted(tmp_path: Path, name: str) -> tuple[Path, dict]:
    folder = tmp_path / name
    result = run_cli("course", "convert", str(FIXTURES / f"{name}.ipynb"), "--out", str(folder), "--json", cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    return folder, json.loads(result.stdout)


def lint_clean(course: Path, cwd: Path) -> None:
    result = run_cli("course", "lint", str(course), "--json", cwd=cwd, timeout=120)
    assert result.returncode == 0, result.stdout
    assert all(not item["problems"] for item in json.loads(result.stdout)["exercises"])


def points_by_learner(course: Path, cohort: Path, ids: list[str], tmp_path: Path) -> dict[str, dict[str, float]]:
    result = run_cli(
        "grade", str(cohort), "--exercises", ",".join(ids), "--course", str(course),
        "--db", f"sqlite:///{tmp_path / 'book.db'}", "--json", cwd=tmp_path, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    found: dict[str, dict[str, float]] = {}
    for row in json.loads(result.stdout):
        found.setdefault(row["learner"], {})[row["exercise"].split("/")[1]] = round(row["points"], 2)
    return found


def test_an_nbgrader_assignment_converts_lints_and_grades_as_nbgrader_would(tmp_path):
    course, report = converted(tmp_path, "stats-homework")
    assert report["from"] == "nbgrader" and report["course"] == "stats-homework"
    assert [(e["id"], e["title"], e["cases"], e["hidden"], e["points"]) for e in report["exercises"]] == [
        ("stats-homework/median", "The median", 4, 1, 3.0),
        ("stats-homework/std", "Standard deviation", 2, 0, 2.0),
        ("stats-homework/answer", "A sum", 1, 0, 1.0),  # a value the notebook sets, read once its cells have run
    ]
    notes = "\n".join(report["notes"])
    assert "cell 11 (words) is a manually graded answer (2 points): not converted" in notes
    assert "`assert std([0, 10]) > 0` is not of a form convert reads" in notes
    assert (course / "convert-notes.md").read_text().count("\n- ") == 2
    assert "yield value('answer', expect=45, points=1.0, group='test-answer')" in (
        course / "questions/answer/check.py"
    ).read_text()
    assert (course / "questions/answer/starter.py").read_text() == "answer = ...  # YOUR CODE HERE\n"
    assert "45" not in (course / "questions/answer/prompt.md").read_text()  # it names what to set, not the value
    check = (course / "questions/median/check.py").read_text()
    assert "yield case([-5, 5, 0, 10], expect=2.5, hidden=True, points=0.5, group='test-median-more')" in check
    assert "yield case([7], expect=7, points=0.5, group='test-median-more')" in check  # `values = [7]` resolved
    assert "ordered = sorted(values)" not in (course / "questions/median/starter.py").read_text()
    assert (course / "questions/std/solution.py").read_text().startswith("import math\n")  # what the entry needs
    lint_clean(course, tmp_path)

    cohort = tmp_path / "cohort"
    cohort.mkdir()
    for learner, codes in {"ada": (MEDIAN, STD), "ben": (UPPER_MEDIAN, STD), "cy": (MEDIAN, SAMPLE_STD)}.items():
        (cohort / f"{learner}.ipynb").write_text(notebook(*codes))
    points = points_by_learner(course, cohort, ["stats-homework/median", "stats-homework/std"], tmp_path)
    # ben fails a public case in one test cell and the hidden one in the other: both cells lost, as in nbgrader
    assert points == {
        "ada": {"median": 3.0, "std": 2.0},
        "ben": {"median": 0.0, "std": 2.0},
        "cy": {"median": 3.0, "std": 0.0},
    }


def test_an_otter_assignment_converts_lints_and_grades_as_otter_would(tmp_path):
    course, report = converted(tmp_path, "strings-lab")
    assert report["from"] == "otter"
    assert [(e["id"], e["cases"], e["hidden"], e["points"]) for e in report["exercises"]] == [
        ("strings-lab/initials", 3, 1, 2.0),
        ("strings-lab/vowels", 3, 2, 3.0),
    ]
    assert report["notes"] == ["question plot (cell 24) is graded by hand: not converted"]
    check = (course / "questions/vowels/check.py").read_text()
    assert "case('Banana', expect=3, points=1.5" in check  # a call with its recorded output
    assert "case('AEIOU', expect=5, hidden=True, points=0.75, group='vowels-test-2')" in check
    lint_clean(course, tmp_path)

    cohort = tmp_path / "cohort"
    cohort.mkdir()
    learners = {"ada": (INITIALS, VOWELS), "ben": (LOWER_INITIALS, VOWELS), "cy": (INITIALS, CASE_VOWELS)}
    for learner, codes in learners.items():
        (cohort / f"{learner}.ipynb").write_text(notebook(*codes))
    points = points_by_learner(course, cohort, ["strings-lab/initials", "strings-lab/vowels"], tmp_path)
    # otter shares a question's points among its test cells: ben's lower-case initials pass only the hidden
    # empty-name cell; cy's case-sensitive count passes the public cell and fails the hidden one
    assert points == {
        "ada": {"initials": 2.0, "vowels": 3.0},
        "ben": {"initials": 0.67, "vowels": 3.0},
        "cy": {"initials": 2.0, "vowels": 1.5},
    }


def _benchmark():
    spec = importlib.util.spec_from_file_location("bench_make_submissions", BENCHMARK)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("tool", ["nbgrader", "otter"])
def test_the_grading_benchmarks_assignment_converts_and_grades_with_the_scores_nbgrader_and_otter_give(tmp_path, tool):
    """The benchmark's twelve learners, graded by the course converted from its nbgrader source (or otter master)
    notebook: the same score per learner as the benchmark's own course, which nbgrader and otter agree with."""
    subs = _benchmark()
    expected = subs.write(tmp_path / "work")
    source = tmp_path / "work" / ("nbgrader/source/bench/bench.ipynb" if tool == "nbgrader" else "otter/bench.ipynb")
    result = convert(source, tmp_path / "course", "converted")
    assert not result.notes and len(result.exercises) == 5
    catalog = Catalog(courses=[tmp_path / "course"])
    report = grade(tmp_path / "work" / "mlsteps", [e["id"] for e in result.exercises], catalog, workers=2)
    scores: dict[str, float] = {}
    for row in report.results:
        assert row.verdict != "missing", row
        scores[row.learner] = scores.get(row.learner, 0) + row.points
    assert {learner: round(score, 6) for learner, score in scores.items()} == expected


def test_questions_answered_with_values_convert_and_grade_as_nbgrader_graded_the_same_submissions(tmp_path):
    """scores-values.ipynb: two questions answered by setting a value (one with a hidden test), one by a function.
    The four submissions are nbgrader 0.9.6's released notebook with each learner's answers in its solution cells;
    `nbgrader autograde` gave them 4, 2, 2 and 2 points of 4 (ben's floor division passes the public test, not the
    hidden one; dev left `raise NotImplementedError()`, which stops that cell only)."""
    course, report = converted(tmp_path, "scores-values")
    assert [(e["id"], e["entry"], e["cases"], e["hidden"], e["points"]) for e in report["exercises"]] == [
        ("scores-values/mean-score", "mean_score", 2, 1, 2.0),
        ("scores-values/passed", "passed", 2, 0, 1.0),
        ("scores-values/grade-of", "grade_of", 2, 0, 1.0),
    ]
    assert not report["notes"]
    assert [exercise["answer"] for exercise in report["exercises"]] == ["value", "value", "function"]
    assert 'answer = "value"' in (course / "questions/mean-score/exercise.toml").read_text()
    said = run_cli("course", "convert", str(FIXTURES / "scores-values.ipynb"), "--out", "again", cwd=tmp_path).stdout
    assert "into " in said and ": 3 exercises." in said
    assert "scores-values/mean-score  the mean score  (sets mean_score; 2 cases, 1 hidden, 2 points)" in said
    assert "scores-values/grade-of  pass or fail  (grade_of(); 2 cases, 1 point)" in said
    assert (course / "questions/passed/starter.py").read_text() == (
        "scores = [72, 85, 90, 64, 99, 70]\npassed = ...  # YOUR CODE HERE\n"
    )
    lint_clean(course, tmp_path)
    ids = [exercise["id"] for exercise in report["exercises"]]
    points = points_by_learner(course, FIXTURES / "scores-values-submitted", ids, tmp_path)
    assert points == {
        "ana": {"mean-score": 2.0, "passed": 1.0, "grade-of": 1.0},
        "ben": {"mean-score": 0.0, "passed": 1.0, "grade-of": 1.0},
        "cat": {"mean-score": 2.0, "passed": 0.0, "grade-of": 0.0},
        "dev": {"mean-score": 0.0, "passed": 1.0, "grade-of": 1.0},
    }
    nbgrader_totals = {"ana": 4.0, "ben": 2.0, "cat": 2.0, "dev": 2.0}
    assert {learner: sum(scores.values()) for learner, scores in points.items()} == nbgrader_totals


def test_what_cannot_be_converted_is_refused_with_a_reason(tmp_path):
    plain = tmp_path / "plain.ipynb"
    plain.write_text(notebook("x = 1"))
    with pytest.raises(ConvertError, match="neither an nbgrader source notebook"):
        convert(plain, tmp_path / "out")
    (tmp_path / "taken").mkdir()
    (tmp_path / "taken" / "file").write_text("")
    with pytest.raises(ConvertError, match="already exists and is not empty"):
        convert(FIXTURES / "strings-lab.ipynb", tmp_path / "taken")
    result = run_cli("course", "convert", str(plain), cwd=tmp_path)
    assert result.returncode == 2 and "cannot be converted" in result.stderr


def test_the_starter_is_the_code_with_the_solution_parts_taken_out():
    nbgrader = "def f(x):\n    y = 2\n    ### BEGIN SOLUTION\n    return x * y\n    ### END SOLUTION\n"
    assert starter_of(nbgrader, "nbgrader") == "def f(x):\n    y = 2\n    pass  # YOUR CODE HERE\n"
    otter = "def f(x):\n    y = x * 2  # SOLUTION\n    return y # SOLUTION\n"
    assert starter_of(otter, "otter") == "def f(x):\n    y = ...\n    pass\n"


def test_an_otter_question_answered_with_a_value_converts_with_its_hidden_test_and_otters_shares(tmp_path):
    """Otter's tests of a value are expressions over it, not asserts; the recorded output is what they must show."""
    book = nbformat.v4.new_notebook()
    raw, code = nbformat.v4.new_raw_cell, nbformat.v4.new_code_cell
    public, hidden = code("total == 45"), code("# HIDDEN\nisinstance(total, int)")
    for test in (public, hidden):
        test.outputs = [nbformat.v4.new_output("execute_result", {"text/plain": "True"}, execution_count=1)]
    book.cells = [
        raw("# ASSIGNMENT CONFIG\ngenerate: true\n"),
        raw("# BEGIN QUESTION\nname: total\npoints: 2\n"),
        nbformat.v4.new_markdown_cell("## A sum\n\nSet `total` to the sum of 0 to 9, as a whole number."),
        raw("# BEGIN SOLUTION"),
        code("total = sum(range(10))  # SOLUTION"),
        raw("# END SOLUTION"),
        raw("# BEGIN TESTS"),
        public,
        hidden,
        raw("# END TESTS"),
        raw("# END QUESTION"),
    ]
    source = tmp_path / "sums.ipynb"
    source.write_text(nbformat.writes(book))
    result = convert(source, tmp_path / "course")
    assert not result.notes
    assert result.exercises == [
        {"id": "sums/total", "title": "A sum", "entry": "total", "answer": "value"}
        | {"cases": 2, "hidden": 1, "points": 2.0}
    ]
    folder = tmp_path / "course" / "questions" / "total"
    assert (folder / "starter.py").read_text() == "total = ...\n"  # otter's own blank for a `# SOLUTION` line
    assert "value('isinstance(total, int)', expect=True, hidden=True, points=1.0" in (folder / "check.py").read_text()
    lint_clean(tmp_path / "course", tmp_path)
    cohort = tmp_path / "cohort"
    cohort.mkdir()
    for learner, answer in {"ada": "total = sum(range(10))", "ben": "total = 45.0", "cy": "total = 46"}.items():
        (cohort / f"{learner}.ipynb").write_text(notebook(answer))
    points = points_by_learner(tmp_path / "course", cohort, ["sums/total"], tmp_path)
    # otter shares the question's 2 points between its two test cells: ben's float passes `total == 45` only,
    # cy's wrong whole number the hidden type test only
    assert points == {"ada": {"total": 2.0}, "ben": {"total": 1.0}, "cy": {"total": 1.0}}


def nbgrader_cell(kind: str, source: str, grade_id: str, solution: bool = False, points: float | None = None) -> dict:
    cell = nbformat.v4.new_code_cell(source) if kind == "code" else nbformat.v4.new_markdown_cell(source)
    marks = {"grade": points is not None, "grade_id": grade_id, "locked": not solution, "schema_version": 3}
    marks |= {"solution": solution, "task": False} | ({"points": points} if points is not None else {})
    cell.metadata["nbgrader"] = marks
    return cell


def test_the_data_files_a_value_question_reads_come_from_beside_the_notebook(tmp_path):
    (tmp_path / "survey.csv").write_text("age\n20\n30\n40\n")
    (tmp_path / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\xff")
    book = nbformat.v4.new_notebook()
    book.cells = [
        nbformat.v4.new_markdown_cell("# Survey"),
        nbformat.v4.new_code_cell('import pandas as pd\nsurvey = pd.read_csv("survey.csv")\nLOGO = "logo.png"'),
        nbgrader_cell("markdown", "## The oldest\n\nSet `oldest` to the largest age.", "q1"),
        nbgrader_cell("code", '### BEGIN SOLUTION\noldest = survey["age"].max()\n### END SOLUTION', "a", solution=True),
        nbgrader_cell("code", "### BEGIN HIDDEN TESTS\nassert oldest > 0\n### END HIDDEN TESTS", "h", points=1),
        nbgrader_cell("code", "assert oldest == 40", "t", points=1),
    ]
    source = tmp_path / "survey.ipynb"
    source.write_text(nbformat.writes(book))
    result = convert(source, tmp_path / "course")
    assert result.notes == ["logo.png is not a text file: not carried (mlsteps hands a learner's code text files)"]
    course = tmp_path / "course"
    assert (course / "data" / "survey.csv").read_text() == "age\n20\n30\n40\n"
    check = (course / "questions" / "oldest" / "check.py").read_text()
    assert "value('oldest', files=FILES, expect=40" in check  # a public case: a learner's check runs with the file
    assert "value('bool(oldest > 0)', expect=True, hidden=True" in check
    lint_clean(course, tmp_path)
    cohort = tmp_path / "cohort"
    cohort.mkdir()
    given = 'import pandas as pd\nsurvey = pd.read_csv("survey.csv")'
    for learner, answer in {"ada": 'oldest = survey["age"].max()', "ben": "oldest = survey.age.iloc[0]"}.items():
        (cohort / f"{learner}.ipynb").write_text(notebook(given, answer))
    points = points_by_learner(course, cohort, ["survey/oldest"], tmp_path)
    assert points == {"ada": {"oldest": 2.0}, "ben": {"oldest": 1.0}}  # ben's first age is positive: the hidden cell


def test_an_answer_cell_with_a_helper_function_whose_tests_read_a_value_becomes_a_value_question(tmp_path):
    book = nbformat.v4.new_notebook()
    answer = "### BEGIN SOLUTION\ndef square(x):\n    return x * x\n\nresult = square(3)\n### END SOLUTION"
    book.cells = [
        nbformat.v4.new_markdown_cell("# Squares"),
        nbgrader_cell("markdown", "## Nine\n\nSet `result` to 3 squared, with a function of your own.", "q"),
        nbgrader_cell("code", answer, "a", solution=True),
        nbgrader_cell("code", "assert result == 9", "t", points=1),
    ]
    source = tmp_path / "squares.ipynb"
    source.write_text(nbformat.writes(book))
    result = convert(source, tmp_path / "course")
    assert not result.notes
    assert [(e["entry"], e["answer"], e["cases"]) for e in result.exercises] == [("result", "value", 1)]
    lint_clean(tmp_path / "course", tmp_path)


def test_a_figure_question_whose_tests_look_at_the_axes_converts_and_grades_by_running_the_cells(tmp_path):
    book = nbformat.v4.new_notebook()
    answer = (
        "### BEGIN SOLUTION\nfig, ax = plt.subplots()\nax.hist(ages, bins=3)\nax.set_title('Ages')\n### END SOLUTION"
    )
    book.cells = [
        nbformat.v4.new_markdown_cell("# Charts"),
        nbformat.v4.new_code_cell("import matplotlib.pyplot as plt\nages = [21, 25, 30, 35, 40, 50]"),
        nbgrader_cell("markdown", "## A histogram\n\nDraw the ages in 3 bins on `ax`, titled Ages.", "q"),
        nbgrader_cell("code", answer, "a", solution=True),
        nbgrader_cell("code", "assert ax.get_title() == 'Ages'", "title", points=1),
        nbgrader_cell("code", "assert len(ax.patches) == 3", "bins", points=1),
    ]
    source = tmp_path / "charts.ipynb"
    source.write_text(nbformat.writes(book))
    result = convert(source, tmp_path / "course")
    assert not result.notes
    assert [(e["entry"], e["answer"], e["cases"], e["points"]) for e in result.exercises] == [("ax", "value", 2, 2.0)]
    lint_clean(tmp_path / "course", tmp_path)
    cohort = tmp_path / "cohort"
    cohort.mkdir()
    given = "import matplotlib.pyplot as plt\nages = [21, 25, 30, 35, 40, 50]"
    answers = {
        "ada": "fig, ax = plt.subplots()\nax.hist(ages, bins=3)\nax.set_title('Ages')",
        "ben": "fig, ax = plt.subplots()\nax.hist(ages)\nax.set_title('Ages')",  # matplotlib's 10 bins
    }
    for learner, answer in answers.items():
        (cohort / f"{learner}.ipynb").write_text(notebook(given, answer))
    points = points_by_learner(tmp_path / "course", cohort, [result.exercises[0]["id"]], tmp_path)
    assert points == {"ada": {"ax": 2.0}, "ben": {"ax": 1.0}}
