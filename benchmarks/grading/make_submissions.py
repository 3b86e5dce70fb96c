"""The grading benchmark's submissions: twelve learners' answers to the five exercises of ``course/``, three layouts.

    python benchmarks/grading/make_submissions.py OUT [--peers BIN]   # writes OUT/mlsteps, OUT/nbgrader, OUT/otter

Each learner has one code text per exercise: the course's reference solution, or a typical bug (off-by-one, a wrong
return type, an exception, a missing return, a hard-coded example answer). The same code is written three ways:

- ``mlsteps/<learner>.ipynb``: a plain notebook, one markdown and one code cell per exercise;
- ``nbgrader/``: a course directory: ``nbgrader_config.py``, ``source/bench/bench.ipynb`` (one ``solution`` cell and
  one autograded ``tests`` cell worth 1 point per exercise) and ``submitted/<learner>/bench/bench.ipynb`` (the
  released notebook with the learner's code in the solution cells);
- ``otter/``: ``bench.ipynb``, the master notebook for ``otter assign`` (one question per exercise, 1 point, its
  four asserts in one test cell, so all or nothing), ``dist/`` (what ``otter assign`` makes: the autograder zip and
  the student notebook) and ``submissions/<learner>.ipynb`` (the student notebook with the learner's code in its
  answer cells).

The submitted notebooks of nbgrader and otter are made from what their own tools generate (``nbgrader
generate_assignment``, ``otter assign``), so they need the peers' environment (``benchmarks/.peers-venv``, which
``bench_grading.py`` makes): :func:`write_peer_submissions`. Without it, only mlsteps's layout and the peers'
sources are written. mlsteps never imports nbgrader or otter: they run as commands.

The tests of nbgrader and otter are the exercise's ``check.py`` cases, each an ``assert entry(args) == expected``
with the expected value the reference solution returns. Nothing is random: the same folder every time.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import random
import subprocess
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

COURSE = Path(__file__).resolve().parent / "course"
PEERS_BIN = Path(__file__).resolve().parents[1] / ".peers-venv" / "bin"  # made by bench_grading.py
ASSIGNMENT = "bench"
OK = "solution"

# The exercises, in the order of the notebooks (folders under course/).
EXERCISES = (
    "collections/mean-of",
    "strings/count-words",
    "collections/clip-values",
    "collections/normalise-counts",
    "control-flow/fizz-buzz",
)

# Bugs beyond the course's recorded mistakes (which are used too, by their file names).
EXTRA_BUGS = {
    "mean-of": {
        "off-by-one": "def mean_of(values):\n    if not values:\n        return 0.0\n"
        "    return sum(values) / (len(values) - 1)\n",
        "hard-coded": "def mean_of(values):\n    return 2.5\n",
    },
    "count-words": {
        "hard-coded": "def count_words(text):\n    return {'the': 2, 'cat': 1, 'saw': 1, 'hat': 1}\n",
        "no-return": "def count_words(text):\n    counts = {}\n    for word in text.lower().split():\n"
        "        counts[word] = counts.get(word, 0) + 1\n",
    },
    "clip-values": {
        "numpy-method": "def clip_values(values, low, high):\n    return values.clip(low, high)\n",
    },
    "normalise-counts": {
        "sums-keys": "def normalise_counts(counts):\n    total = sum(counts)\n"
        "    return {key: count / total for key, count in counts.items()}\n",
        "no-return": "def normalise_counts(counts):\n    total = sum(counts.values())\n"
        "    shares = {key: count / total for key, count in counts.items()}\n    print(shares)\n",
    },
    "fizz-buzz": {
        "hard-coded": "def fizz_buzz(n):\n    return ['1', '2', 'Fizz', '4', 'Buzz']\n",
    },
}

# learner: the code each one wrote, per exercise in the order of EXERCISES (OK, or a bug's name).
LEARNERS = {
    "ada": (OK, OK, OK, OK, OK),
    "bao": ("empty-not-handled", "case-sensitive", "returns-tuple", "divides-by-max", "starts-at-zero"),
    "chen": (OK, OK, OK, OK, "numbers-not-strings"),
    "dara": ("floor-division", OK, OK, OK, OK),
    "emil": (OK, "split-on-space", "in-place-no-return", OK, OK),
    "fatou": ("hard-coded", "hard-coded", "numpy-method", "no-return", "hard-coded"),
    "gus": (OK, OK, "returns-tuple", "sums-keys", OK),
    "hana": ("off-by-one", "no-return", OK, OK, "starts-at-zero"),
    "ivo": (OK, OK, OK, OK, OK),
    "juno": ("empty-not-handled", OK, "in-place-no-return", "divides-by-max", OK),
    "kofi": (OK, "case-sensitive", OK, "sums-keys", "numbers-not-strings"),
    "lena": ("floor-division", "split-on-space", "numpy-method", OK, "hard-coded"),
}


@dataclass(frozen=True)
class Exercise:
    """What the three layouts need of one course exercise."""

    id: str
    slug: str
    title: str
    entry: str
    solution: str
    asserts: tuple[str, ...]  # one line per check.py case

    @property
    def tests(self) -> str:
        return "\n".join(self.asserts) + "\n"


def _module(path: Path, name: str) -> Any:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def load_exercise(folder: Path) -> Exercise:
    """The exercise in ``folder``, with its check.py cases turned into asserts on the reference's answers."""
    meta = tomllib.loads((folder / "exercise.toml").read_text(encoding="utf-8"))
    entry = meta["entry"]
    solution = (folder / "solution.py").read_text(encoding="utf-8")
    reference = getattr(_module(folder / "solution.py", f"bench_solution_{entry}"), entry)
    check = _module(folder / "check.py", f"bench_check_{entry}")
    asserts = []
    for case in check.cases(random.Random(0)):  # the benchmark's cases are fixed; rng is not used
        if case.kwargs or case.files or case.collect or case.raises:
            raise ValueError(f"{meta['id']}: the benchmark's cases are plain calls only")
        call = f"{entry}({', '.join(repr(arg) for arg in case.args)})"
        asserts.append(f"assert {call} == {reference(*case.args)!r}")
    return Exercise(meta["id"], folder.name, meta["title"], entry, solution, tuple(asserts))


def exercises() -> list[Exercise]:
    return [load_exercise(COURSE / name) for name in EXERCISES]


def learner_code(exercise: Exercise, choice: str) -> str:
    if choice == OK:
        return exercise.solution
    mistake = COURSE / _folder(exercise) / "mistakes" / f"{choice}.py"
    if mistake.is_file():
        return mistake.read_text(encoding="utf-8")
    return EXTRA_BUGS[exercise.slug][choice]


def _folder(exercise: Exercise) -> str:
    return next(name for name in EXERCISES if name.endswith("/" + exercise.slug))


def cohort(copies: int = 1) -> dict[str, tuple[str, ...]]:
    """The learners, each ``copies`` times (``ada``, ``ada-2``, ...): a bigger batch of the same twelve answers."""
    return {
        name if copy == 0 else f"{name}-{copy + 1}": choices
        for copy in range(copies)
        for name, choices in LEARNERS.items()
    }


def expected_scores(copies: int = 1) -> dict[str, int]:
    """What each learner should score: the exercises answered with the solution (every bug fails a case)."""
    return {learner: sum(choice == OK for choice in choices) for learner, choices in cohort(copies).items()}


# Notebooks, written as nbformat 4.5 JSON by hand (this module needs nothing but the standard library and mlsteps).


def _cell(kind: str, source: str, cell_id: str, metadata: dict[str, Any] | None = None) -> dict[str, Any]:
    cell: dict[str, Any] = {"cell_type": kind, "id": cell_id, "metadata": metadata or {}, "source": source}
    if kind == "code":
        cell |= {"execution_count": None, "outputs": []}
    return cell


def _notebook(cells: list[dict[str, Any]], metadata: dict[str, Any] | None = None) -> str:
    kernel = {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}}
    notebook = {"cells": cells, "metadata": kernel | (metadata or {}), "nbformat": 4, "nbformat_minor": 5}
    return json.dumps(notebook, indent=1) + "\n"


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def _heading(exercise: Exercise, number: int) -> str:
    return f"## {number}. {exercise.title}\n\nWrite `{exercise.entry}` ({exercise.id})."


def plain_notebook(codes: list[tuple[Exercise, str]]) -> str:
    """One markdown and one code cell per exercise: what mlsteps grades."""
    cells = []
    for number, (exercise, code) in enumerate(codes, 1):
        cells.append(_cell("markdown", _heading(exercise, number), f"prompt-{number}"))
        cells.append(_cell("code", code, f"code-{number}"))
    return _notebook(cells)


def _grader(grade_id: str, *, solution: bool, grade: bool, points: int = 0) -> dict[str, Any]:
    marks: dict[str, Any] = {"grade": grade, "grade_id": grade_id, "locked": not solution, "schema_version": 3}
    marks |= {"solution": solution, "task": False}
    if grade:
        marks["points"] = points
    return {"nbgrader": marks}


def nbgrader_source(exercises: list[Exercise]) -> str:
    """nbgrader's source notebook: per exercise a prompt, a solution cell and an autograded tests cell (1 point)."""
    cells = []
    for number, exercise in enumerate(exercises, 1):
        prompt_marks = _grader(f"prompt-{exercise.slug}", solution=False, grade=False)
        cells.append(_cell("markdown", _heading(exercise, number), f"prompt-{number}", prompt_marks))
        solution = f"### BEGIN SOLUTION\n{exercise.solution}### END SOLUTION\n"
        cells.append(_cell("code", solution, f"code-{number}", _grader(exercise.slug, solution=True, grade=False)))
        test_marks = _grader(f"test-{exercise.slug}", solution=False, grade=True, points=1)
        cells.append(_cell("code", exercise.tests, f"test-{number}", test_marks))
    return _notebook(cells)


NBGRADER_CONFIG = f"""c = get_config()  # noqa: F821  (nbgrader's config file)
c.CourseDirectory.course_id = "{ASSIGNMENT}"
c.CourseDirectory.db_url = "sqlite:///gradebook.db"
c.Exchange.root = "exchange"  # unused: no release or collect, the submissions are written in place
c.ExecutePreprocessor.timeout = 30
"""


def otter_master(exercises: list[Exercise]) -> str:
    """An otter-assign master notebook: one question per exercise, 1 point, its asserts as one all-or-nothing test."""
    raw = "raw"
    config = "# ASSIGNMENT CONFIG\ncheck_all_cell: false\nexport_cell: false\nrun_tests: true\ngenerate: true\n"
    cells = [_cell(raw, config, "config")]
    for number, exercise in enumerate(exercises, 1):
        question = f"# BEGIN QUESTION\nname: {exercise.entry}\npoints: 1\n"
        cells += [
            _cell(raw, question, f"q{number}"),
            _cell("markdown", _heading(exercise, number), f"prompt-{number}"),
            _cell(raw, "# BEGIN SOLUTION", f"s{number}"),
            _cell("code", f"# BEGIN SOLUTION\n{exercise.solution}# END SOLUTION\n", f"code-{number}"),
            _cell(raw, "# END SOLUTION", f"se{number}"),
            _cell(raw, "# BEGIN TESTS", f"t{number}"),
            _cell("code", exercise.tests, f"test-{number}"),
            _cell(raw, "# END TESTS", f"te{number}"),
            _cell(raw, "# END QUESTION", f"qe{number}"),
        ]
    return _notebook(cells)


def _codes(course: list[Exercise], choices: tuple[str, ...]) -> list[tuple[Exercise, str]]:
    return [(exercise, learner_code(exercise, choice)) for exercise, choice in zip(course, choices, strict=True)]


def _fill(template: Path, is_answer: Any, choices: tuple[str, ...], course: list[Exercise]) -> str:
    """The notebook ``template`` (made by a peer tool) with ``learner``'s code in its answer cells, in order."""
    notebook = json.loads(template.read_text(encoding="utf-8"))
    answers = [cell for cell in notebook["cells"] if is_answer(cell)]
    if len(answers) != len(course):
        raise ValueError(f"{template}: {len(answers)} answer cells, expected {len(course)}")
    for cell, (_, code) in zip(answers, _codes(course, choices), strict=True):
        cell["source"] = code
    return json.dumps(notebook, indent=1) + "\n"


def peer_environment(peers_bin: Path) -> dict[str, str]:
    """The environment for the peers' commands: their venv's bin first on PATH (nbgrader runs ``alembic`` from it)."""
    return {**os.environ, "PATH": f"{peers_bin}{os.pathsep}{os.environ.get('PATH', '')}"}


def write_peer_submissions(out: Path, peers_bin: Path, copies: int = 1) -> Path:
    """Run the peers' own set-up on what :func:`write` wrote, then write each learner's submission for them.

    nbgrader: ``nbgrader generate_assignment`` (gradebook, release/), then ``submitted/<learner>/bench/bench.ipynb``,
    the released notebook with the learner's code in its solution cells. otter: ``otter assign`` (autograder zip,
    student notebook), then ``submissions/<learner>.ipynb``, the student notebook with the learner's code in its
    answer cells. Returns the autograder zip.
    """
    course = exercises()
    environment = peer_environment(peers_bin)
    nbgrader, otter = out / "nbgrader", out / "otter"
    run = {"env": environment, "check": True, "capture_output": True, "text": True}
    subprocess.run([str(peers_bin / "nbgrader"), "generate_assignment", ASSIGNMENT, "--force"], cwd=nbgrader, **run)
    released = nbgrader / "release" / ASSIGNMENT / f"{ASSIGNMENT}.ipynb"
    subprocess.run([str(peers_bin / "otter"), "assign", f"{ASSIGNMENT}.ipynb", "dist"], cwd=otter, **run)
    student = otter / "dist" / "student" / f"{ASSIGNMENT}.ipynb"
    for learner, choices in cohort(copies).items():
        submitted = nbgrader / "submitted" / learner / ASSIGNMENT / f"{ASSIGNMENT}.ipynb"
        _write(submitted, _fill(released, _is_nbgrader_solution, choices, course))
        _write(otter / "submissions" / f"{learner}.ipynb", _fill(student, _is_otter_answer, choices, course))
    (autograder,) = (otter / "dist" / "autograder").glob("*.zip")
    return autograder


def _is_nbgrader_solution(cell: dict[str, Any]) -> bool:
    return bool(cell["metadata"].get("nbgrader", {}).get("solution"))


def _is_otter_answer(cell: dict[str, Any]) -> bool:
    return "otter_answer_cell" in cell["metadata"].get("tags", ())


def write(out: Path, copies: int = 1) -> dict[str, int]:
    """Write mlsteps's notebooks and the peers' sources into ``out``; return each learner's right score (of 5).

    The peers' submissions need their own tools: :func:`write_peer_submissions` writes them.
    """
    course = exercises()
    _write(out / "nbgrader" / "nbgrader_config.py", NBGRADER_CONFIG)
    _write(out / "nbgrader" / "source" / ASSIGNMENT / f"{ASSIGNMENT}.ipynb", nbgrader_source(course))
    _write(out / "otter" / f"{ASSIGNMENT}.ipynb", otter_master(course))
    for learner, choices in cohort(copies).items():
        _write(out / "mlsteps" / f"{learner}.ipynb", plain_notebook(_codes(course, choices)))
    return expected_scores(copies)


def main() -> None:
    parser = argparse.ArgumentParser(description="Write the grading benchmark's submissions.")
    parser.add_argument("out", type=Path, help="an empty or new folder")
    parser.add_argument("--peers", type=Path, default=PEERS_BIN, help="bin/ of a venv with nbgrader and otter-grader")
    options = parser.parse_args()
    scores = write(options.out)
    print(f"{len(scores)} learners: " + ", ".join(f"{name} {score}/5" for name, score in scores.items()))
    if (options.peers / "otter").exists() and (options.peers / "nbgrader").exists():
        write_peer_submissions(options.out, options.peers)
        print(f"mlsteps, nbgrader and otter submissions written to {options.out}")
    else:
        print(f"mlsteps submissions written to {options.out}; no nbgrader and otter in {options.peers}, so not theirs")


if __name__ == "__main__":
    main()
