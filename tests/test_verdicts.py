"""Each verdict, produced by a real learner file: nothing hangs, nothing crashes the judge, nothing bad passes."""

import os
import textwrap

import pytest

from mlsteps.engine.judge import Judge
from mlsteps.engine.verdict import CRASHED, ERROR, FAILED, MEMORY, OUTPUT, PASSED, TIMEOUT

EXERCISE = "python/list-comprehensions"

LEARNER_FILES = {
    "syntax_error": (
        """
        def even_squares(numbers)
            return [n * n for n in numbers if n % 2 == 0]
        """,
        ERROR,
        ["Python could not read your file", "line 2"],
    ),
    "exception": (
        """
        def even_squares(numbers):
            biggest = numbers[0]
            return [n * n for n in numbers if n % 2 == 0]
        """,
        ERROR,
        ["IndexError", "line 3 in even_squares", "biggest = numbers[0]", "Tip:"],
    ),
    "infinite_loop": (
        """
        def even_squares(numbers):
            while True:
                pass
        """,
        TIMEOUT,
        ["still running", "loop that never ends"],
    ),
    "sys_exit": (
        """
        import sys

        def even_squares(numbers):
            sys.exit()
        """,
        CRASHED,
        ["sys.exit()", "during case 1"],
    ),
    "os_exit": (
        """
        import os

        def even_squares(numbers):
            os._exit(0)
        """,
        CRASHED,
        ["exited with code 0"],
    ),
    "memory_bomb": (
        """
        def even_squares(numbers):
            hoard = []
            while True:
                hoard.append(bytearray(50_000_000))
        """,
        MEMORY,
        ["more than 256 MB"],
    ),
    "huge_allocation": (
        """
        def even_squares(numbers):
            return [0] * 10**11
        """,
        MEMORY,
        ["more than 256 MB"],
    ),
    "prints_100_mb": (
        """
        def even_squares(numbers):
            line = "x" * 1000
            for _ in range(100_000):
                print(line)
            return []
        """,
        OUTPUT,
        ["printed more than"],
    ),
    "always_equal": (
        """
        class Anything:
            def __eq__(self, other):
                return True

        def even_squares(numbers):
            return Anything()
        """,
        FAILED,
        ["expected a list, got an object of type Anything"],
    ),
    "always_equal_list": (
        """
        class Anything(list):
            def __eq__(self, other):
                return True

        def even_squares(numbers):
            return Anything()
        """,
        FAILED,
        ["expected 2 items, got 0"],
    ),
    "only_the_visible_example": (
        """
        def even_squares(numbers):
            return [4, 16]
        """,
        FAILED,
        ["Called even_squares([])", "expected: []"],
    ),
    "starts_a_process": (
        """
        import subprocess

        def even_squares(numbers):
            subprocess.run(["echo", "hello"])
            return [n * n for n in numbers if n % 2 == 0]
        """,
        ERROR,
        ["PermissionError", "cannot start other programs"],
    ),
    "missing_function": (
        """
        def evens(numbers):
            return [n * n for n in numbers if n % 2 == 0]
        """,
        ERROR,
        ["does not define a function called `even_squares`", "evens"],
    ),
    "tuple_instead_of_list": (
        """
        def even_squares(numbers):
            return tuple(n * n for n in numbers if n % 2 == 0)
        """,
        FAILED,
        ["expected a list, got a tuple"],
    ),
    "floats_equal_to_ints": (
        """
        def even_squares(numbers):
            return [float(n * n) for n in numbers if n % 2 == 0]
        """,
        PASSED,
        [],
    ),
}


def test_a_file_that_imports_its_neighbour_is_told_a_check_runs_it_on_its_own(judge, catalog, tmp_path):
    (tmp_path / "helpers.py").write_text("def square(n):\n    return n * n\n")
    source = tmp_path / "learner.py"
    source.write_text("from helpers import square\n\ndef even_squares(items):\n    return [square(n) for n in items]")
    verdict = judge.check(catalog.get(EXERCISE), source)
    assert verdict.verdict == ERROR and "No module named 'helpers'" in verdict.text()
    assert "copy what you need from it into this file: a check runs your file on its own" in verdict.text()


@pytest.fixture(scope="module")
def judge():
    with Judge() as warm_judge:
        yield warm_judge


@pytest.mark.parametrize("name", LEARNER_FILES)
def test_learner_file_gets_its_verdict_and_words(name, judge, catalog, tmp_path):
    code, expected_verdict, phrases = LEARNER_FILES[name]
    source = tmp_path / "learner.py"
    source.write_text(textwrap.dedent(code))
    verdict = judge.check(catalog.get(EXERCISE), source)
    assert verdict.verdict == expected_verdict, verdict.text()
    assert verdict.passed == (expected_verdict == PASSED)
    text = verdict.text()
    for phrase in phrases:
        assert phrase in text, text
    assert verdict.next_step


def test_the_judge_survives_a_crash_and_checks_again(judge, catalog, tmp_path):
    exercise = catalog.get(EXERCISE)
    crash = tmp_path / "crash.py"
    crash.write_text("import os\n\ndef even_squares(numbers):\n    os._exit(3)\n")
    assert judge.check(exercise, crash).verdict == CRASHED
    assert judge.check(exercise, exercise.solution_path).verdict == PASSED


def test_learner_code_never_runs_in_the_judging_process(judge, catalog, tmp_path):
    source = tmp_path / "spy.py"
    source.write_text("import os\n\ndef even_squares(numbers):\n    return [os.getpid()]\n")
    verdict = judge.check(catalog.get(EXERCISE), source)
    [learner_pid] = {case.got for case in verdict.cases}
    assert int(learner_pid.strip("[]")) != os.getpid()


@pytest.mark.parametrize(
    "change",
    [
        "open(TARGET, 'w').write('changed')",
        "open(TARGET, 'a').write('changed')",
        "os.remove(TARGET)",
        "os.rename(TARGET, TARGET + '.moved')",
        "shutil.rmtree(os.path.dirname(TARGET))",
        "os.close(os.open(TARGET, os.O_WRONLY | os.O_TRUNC))",
        "pathlib.Path(TARGET).write_text('changed')",
    ],
)
def test_learner_code_cannot_change_files_outside_the_folder_it_runs_in(change, judge, catalog, tmp_path):
    """Reference results and a mentor's checks live in files: a check must not be able to rewrite them."""
    target = tmp_path / "kept" / "expected.json"
    target.parent.mkdir()
    target.write_text("the judge's own")
    source = tmp_path / "vandal.py"
    source.write_text(
        f"import os, pathlib, shutil\nTARGET = {str(target)!r}\n\n"
        f"def even_squares(numbers):\n    {change}\n    return [n * n for n in numbers if n % 2 == 0]\n"
    )
    verdict = judge.check(catalog.get(EXERCISE), source)
    assert verdict.verdict == ERROR and "may only" in verdict.text() and "in the folder they run in" in verdict.text()
    assert target.read_text() == "the judge's own"


def test_learner_code_may_write_its_own_files_and_temporary_ones(judge, catalog, tmp_path):
    source = tmp_path / "writer.py"
    source.write_text(
        "import tempfile, pathlib\n\ndef even_squares(numbers):\n"
        "    pathlib.Path('notes.txt').write_text('mine')\n"
        "    with tempfile.NamedTemporaryFile('w') as scratch:\n        scratch.write('temporary')\n"
        "    return [n * n for n in numbers if n % 2 == 0]\n"
    )
    assert judge.check(catalog.get(EXERCISE), source).passed


def test_a_timeout_names_the_case_that_was_running(judge, catalog, tmp_path):
    source = tmp_path / "loops.py"
    source.write_text(
        "def even_squares(numbers):\n"
        "    while not numbers:\n"
        "        pass\n"
        "    return [n * n for n in numbers if n % 2 == 0]\n"
    )
    verdict = judge.check(catalog.get(EXERCISE), source)
    assert verdict.verdict == TIMEOUT
    assert verdict.cases[0].passed  # the example finished before the empty list hung
    assert "stopped here (timeout)" in verdict.cases[1].message
    assert verdict.duration_ms < 15_000


def test_an_exercise_whose_library_is_missing_says_how_to_install_it(judge, catalog, tmp_path):
    import dataclasses

    exercise = dataclasses.replace(catalog.get(EXERCISE), requires=("a_library_nobody_installed",))
    verdict = judge.check(exercise, exercise.solution_path)
    assert verdict.verdict == ERROR
    assert "pip install a_library_nobody_installed" in verdict.text() and "mlsteps doctor" in verdict.text()


def test_the_reference_results_are_cached_on_disk_between_judges(catalog, tmp_path, monkeypatch):
    from mlsteps.engine import judge as judge_module

    exercise = catalog.get("pandas/groupby-mean")
    with judge_module.Judge(cache=tmp_path / "cache") as first:
        assert first.check(exercise, exercise.solution_path).passed
    assert len(list((tmp_path / "cache").glob("pandas--groupby-mean-*.json"))) == 1

    sources = []
    real_job_for = judge_module.job_for
    monkeypatch.setattr(
        judge_module, "job_for", lambda ex, source, *a, **k: sources.append(source) or real_job_for(ex, source, *a, **k)
    )
    with judge_module.Judge(cache=tmp_path / "cache") as second:
        assert second.check(exercise, exercise.solution_path).passed
    assert sources == [exercise.solution_path.resolve()]  # the learner's run only: the reference came from the cache
