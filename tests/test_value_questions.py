"""Questions whose answer is a value or a figure the learner's code computes, not a function: the code runs once in
the sandbox, then each case reads a name, an expression over the names it set, or the figure it drew. Proved by
lint, checked from a file, graded from notebooks beside function questions, and refused when mixed up."""

import json
import re
import shutil
from pathlib import Path

import nbformat
import pytest

from mlsteps.engine.catalog import Catalog
from mlsteps.engine.exercise import CatalogError
from mlsteps.notebooks.code import Cell, gather_for
from tests.conftest import run_cli

COURSE = Path(__file__).parent / "fixtures" / "values-course"
AVERAGE, HISTOGRAM = "survey-lab/average-age", "survey-lab/age-histogram"
READS = 'import pandas as pd\nsurvey = pd.read_csv("survey.csv")'
DRAWS = (
    'import matplotlib.pyplot as plt\nplt.hist(survey["age"], bins=3)\nplt.title("Ages of the people surveyed")\n'
    'plt.xlabel("age (years)")'
)


def lint(course: Path, cwd: Path) -> tuple[int, dict]:
    result = run_cli("course", "lint", str(course), "--json", cwd=cwd, timeout=180)
    return result.returncode, json.loads(result.stdout)


def test_a_course_of_values_and_a_figure_proves_itself_and_lint_catches_a_wrong_reference(tmp_path):
    code, report = lint(COURSE, tmp_path)
    assert code == 0, report
    assert [item["id"] for item in report["exercises"]] == [AVERAGE, HISTOGRAM]
    broken = shutil.copytree(COURSE, tmp_path / "broken")
    solution = broken / "survey" / "average-age" / "solution.py"
    solution.write_text(solution.read_text().replace(".mean()", ".median()"))
    code, report = lint(broken, tmp_path)
    assert code == 1
    problems = next(item["problems"] for item in report["exercises"] if item["id"] == AVERAGE)
    assert any("mean_age states 33.5, but the reference returns 32.5" in problem for problem in problems), problems


def test_a_value_prompts_examples_are_cases_that_lint_proves(tmp_path):
    examples = Catalog(courses=[COURSE]).get(AVERAGE).prompt_examples()
    stated = [(example.case.read, example.case.expect) for example in examples]
    assert stated == [("len(survey)", 6)]  # `mean_age` is shown without its value: that is the answer
    assert all("survey.csv" in example.case.files for example in examples)  # the code runs with the cases' files
    wrong = shutil.copytree(COURSE, tmp_path / "wrong")
    prompt = wrong / "survey" / "average-age" / "prompt.md"
    prompt.write_text(prompt.read_text().replace("\n6\n", "\n7\n"))
    code, report = lint(wrong, tmp_path)
    problems = next(item["problems"] for item in report["exercises"] if item["id"] == AVERAGE)
    assert code == 1 and problems == [
        "prompt.md line 8: len(survey) states 7, but the reference returns 6: fix the solution, or what is stated"
    ]


def test_a_value_exercise_is_checked_by_reading_what_the_code_left_and_keeps_its_hidden_case(tmp_path):
    env = {"MLSTEPS_WORKSPACE": str(tmp_path / "ws"), "HOME": str(tmp_path)}
    assert run_cli("init", str(tmp_path / "ws"), cwd=tmp_path, env=env).returncode == 0
    assert run_cli("course", "add", str(COURSE), cwd=tmp_path, env=env).returncode == 0
    shown = json.loads(run_cli("show", AVERAGE, "--json", cwd=tmp_path, env=env).stdout)
    learner = Path(shown["file"])

    def check(code: str) -> dict:
        learner.write_text(code)
        return json.loads(run_cli("check", AVERAGE, "--json", cwd=tmp_path, env=env, timeout=120).stdout)

    median = check(f'{READS}\nmean_age = survey["age"].median()\n')
    assert median["verdict"] == "failed" and median["details"]["hidden_cases"] == 1
    failing = next(case for case in median["cases"] if not case["passed"])
    assert failing["message"].startswith("Read mean_age\n  expected: 33.5\n  got:      32.5")
    assert "the median age" in failing["message"]
    assert all("stated" not in case["message"] for case in median["cases"]) and len(median["cases"]) == 2

    unset = check(f"{READS}\nmean = survey.age.mean()\n")
    assert unset["verdict"] == "error"
    assert "never sets `mean_age` (it sets: mean, survey)" in unset["problem"]

    assert check(f'{READS}\nmean_age = survey["age"].mean()\n')["verdict"] == "passed"


def notebook(*codes: str) -> str:
    book = nbformat.v4.new_notebook()
    book.cells = [nbformat.v4.new_markdown_cell("# Survey lab")]
    book.cells += [nbformat.v4.new_code_cell(code) for code in codes]
    return nbformat.writes(book)


def test_graded_from_notebooks_each_question_runs_the_cells_it_needs_or_every_cell_for_a_figure(tmp_path):
    cohort = tmp_path / "cohort"
    cohort.mkdir()
    # ana looks at her data first: a table, and a plot Jupyter showed and closed before her histogram began
    looks = 'import matplotlib.pyplot as plt\ndisplay(survey.head())\nplt.hist(survey["income"])\nplt.show()'
    (cohort / "ana.ipynb").write_text(
        notebook(READS, looks, 'mean_age = survey["age"].mean()', "assert mean_age > 0  # a public test", DRAWS)
    )
    # bob's stray cell stops his notebook half-way: the average never needed it, the figure did
    (cohort / "bob.ipynb").write_text(notebook(READS, 'mean_age = survey["age"].median()', "1 / 0", DRAWS))
    (cohort / "cy.ipynb").write_text(notebook(READS, "mean = survey.age.mean()", DRAWS.replace("plt.title", "# ")))
    result = run_cli(
        "grade", str(cohort), "--exercises", f"{AVERAGE},{HISTOGRAM}", "--course", str(COURSE),
        "--db", f"sqlite:///{tmp_path / 'book.db'}", "--json", cwd=tmp_path, timeout=180,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    rows = {(row["learner"], row["exercise"].split("/")[1]): row for row in json.loads(result.stdout)}
    assert {key: (row["verdict"], round(row["points"], 2)) for key, row in rows.items()} == {
        ("ana", "average-age"): ("passed", 2.0),
        ("ana", "age-histogram"): ("passed", 1.0),
        ("bob", "average-age"): ("failed", 0.67),  # one case of three, each worth a third of 2 points
        ("bob", "age-histogram"): ("error", 0.0),
        ("cy", "average-age"): ("missing", 0.0),  # no cell sets mean_age: nothing to grade
        ("cy", "age-histogram"): ("failed", 0.0),
    }
    assert "ZeroDivisionError" in rows["bob", "age-histogram"]["feedback"]
    assert "cell 4 of bob.ipynb" in rows["bob", "age-histogram"]["feedback"]
    assert "no notebook cell that sets mean_age" in rows["cy", "average-age"]["note"]
    assert "the plot has no text" in rows["cy", "age-histogram"]["feedback"]


def test_gathering_for_a_figure_takes_every_cell_but_the_released_tests_and_the_checks():
    catalog = Catalog(courses=[COURSE])
    cells = [
        Cell("cell 1", READS),
        Cell("cell 2", "words = ['a', 'b']\nassert len(words) == 2"),
        Cell("cell 3", DRAWS + '\ncheck("survey-lab/age-histogram")'),
    ]
    figure = gather_for(cells, catalog.get(HISTOGRAM)).text
    assert "words = ['a', 'b']" in figure and "plt.hist" in figure
    assert "assert len" not in figure and "check(" not in figure
    assert figure.count("__mlsteps_cell_end__()\n") == 2  # between the cells: Jupyter shows and closes figures there
    value = gather_for([*cells, Cell("cell 4", 'mean_age = survey["age"].mean()')], catalog.get(AVERAGE)).text
    assert "mean_age =" in value and "read_csv" in value and "plt.hist" not in value and "words" not in value


@pytest.mark.parametrize(
    ("answer", "line", "wanted"),
    [
        ("value", 'yield case(3, label="a call")', "value(...) or figure(...)"),
        ("function", 'yield value("x")', "case(...)"),
    ],
)
def test_an_exercise_whose_cases_are_not_of_its_kind_is_refused_with_the_fix(tmp_path, answer, line, wanted):
    course = shutil.copytree(COURSE, tmp_path / "course")
    folder = course / "survey" / "average-age"
    toml = folder / "exercise.toml"
    toml.write_text(toml.read_text().replace('answer = "value"', f'answer = "{answer}"'))
    (folder / "check.py").write_text(f"from mlsteps.engine.cases import case, value\n\n\ndef cases(rng):\n    {line}\n")
    with pytest.raises(CatalogError, match=f"must be {re.escape(wanted)}"):
        Catalog(courses=[course]).get(AVERAGE).cases()


def test_run_on_a_value_exercise_shows_the_first_public_case_and_scratch_lines_see_the_names_set(tmp_path):
    from mlsteps.engine.judge import Judge
    from mlsteps.engine.tryout import try_out

    catalog = Catalog(courses=[COURSE])
    average, histogram = catalog.get(AVERAGE), catalog.get(HISTOGRAM)
    mine = tmp_path / "average-age.py"
    mine.write_text(f"{READS}\nmean_age = 1\n")
    drawn = tmp_path / "age-histogram.py"
    drawn.write_text(histogram.solution)
    judge = Judge()
    try:
        ran = try_out(judge, average, mine)
        assert (ran.outcome, ran.call, ran.returned) == ("returned", "len(survey)", "6")
        # scratch lines run after the file, with (and on) the names it set; the last line's value is shown
        scratch = try_out(judge, average, mine, cell="survey = survey.head(2)\nmean_age + len(survey)")
        assert (scratch.outcome, scratch.returned) == ("returned", "3")
        broken = try_out(judge, average, mine, cell="survey = survey.head(2)\nmean_age / 0")
        assert broken.outcome == "raised" and "line 2 in the cell:  mean_age / 0" in broken.message
        assert broken.cell_marks == [{"line": 2, "message": "ZeroDivisionError: division by zero"}]
        figure = try_out(judge, histogram, drawn)
        assert figure.call == "the figure your code drew" and "3 bars" in str(figure.returned)
    finally:
        judge.close()


def test_a_value_submission_that_reaches_for_the_course_at_load_gets_an_error_not_the_answers(tmp_path):
    """The learner's code runs once, at load, in the same sandbox as a function's calls: the course folder (its
    check.py, a converted course's data) stays out of reach, and a loop that never ends is stopped there."""
    from mlsteps.engine.judge import Judge

    exercise = Catalog(courses=[COURSE]).get(AVERAGE)
    peeking = tmp_path / "average-age.py"
    peeking.write_text(f"mean_age = open({str(exercise.folder / 'check.py')!r}).read()\n")
    endless = tmp_path / "endless.py"
    endless.write_text("while True:\n    pass\nmean_age = 33.5\n")
    judge = Judge()
    try:
        peeked = judge.check(exercise, peeking)
        assert peeked.verdict == "error" and "PermissionError" in peeked.text()
        assert "SURVEY" not in peeked.text() and "the median age" not in peeked.text()
        assert judge.check(exercise, endless).verdict == "timeout"
    finally:
        judge.close()


def test_a_value_exercise_whose_cases_give_one_file_two_texts_is_refused_by_lint(tmp_path):
    course = shutil.copytree(COURSE, tmp_path / "course")
    check = course / "survey" / "average-age" / "check.py"
    check.write_text(
        check.read_text().replace(
            'yield value("len(survey)",', 'yield value("len(survey)", files={"survey.csv": "age\\n1\\n"},'
        )
    )
    code, report = lint(course, tmp_path)
    problems = next(item["problems"] for item in report["exercises"] if item["id"] == AVERAGE)
    assert code == 1
    assert "two cases give survey.csv different texts: a value exercise's code runs once" in problems
