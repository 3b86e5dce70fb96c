"""Every exercise proves itself: its solution passes, its starter fails, each recorded mistake gets its feedback.

Used by the test suite for the built-in curriculum, and by anyone writing exercises of their own.
"""

from __future__ import annotations

from mlsteps.engine.exercise import EXERCISE_FILES, OPTIONAL_FILES, Exercise
from mlsteps.engine.judge import Judge
from mlsteps.engine.lint import lint_problems
from mlsteps.engine.verdict import FAILED, PASSED

MIN_CASES = 3


def format_problems(exercise: Exercise) -> list[str]:
    """What is wrong with the folder itself, before anything runs, and what the teaching lint finds."""
    problems = []
    present = {path.name for path in exercise.folder.iterdir() if path.name != "__pycache__"}
    if missing := EXERCISE_FILES - present:
        problems.append(f"missing {', '.join(sorted(missing))}")
    if stray := present - EXERCISE_FILES - OPTIONAL_FILES:
        problems.append(f"unexpected files {', '.join(sorted(stray))}")
    if not 2 <= len(exercise.hints) <= 3:
        problems.append(
            f"has {len(exercise.hints)} hints; give 2 or 3: a nudge, the idea in words, the shape of the code"
        )
    if exercise.minutes <= 0:
        problems.append("needs an estimate of minutes")
    if "```" not in exercise.prompt:
        problems.append("prompt.md shows no example (a fenced code block)")
    if exercise.speed is not None and not exercise.speed.baseline.is_file():
        problems.append(f"[speed] names {exercise.speed.baseline.name}, which is not there")
    if exercise.speed is not None and not any(case.timed for case in exercise.cases()):
        problems.append("has a [speed] rule but no case with timed=True")
    if len(exercise.cases()) < MIN_CASES:
        problems.append(f"has fewer than {MIN_CASES} cases")
    if f"def {exercise.entry}" not in exercise.starter and f"class {exercise.entry}" not in exercise.starter:
        problems.append(f"starter.py does not define {exercise.entry}")
    return problems + lint_problems(exercise)  # what would hand the answer over, or leave a rule unproven


def behaviour_problems(exercise: Exercise, judge: Judge) -> list[str]:
    """Run the solution, the starter and every mistake through the judge, and say what did not go as it should."""
    problems = []
    solution = judge.check(exercise, exercise.solution_path)
    if solution.verdict != PASSED:
        problems.append(f"the solution does not pass: {solution.text()}")
    starter = judge.check(exercise, exercise.folder / "starter.py")
    if starter.verdict != FAILED:
        problems.append(f"the starter should run and fail the checks, but its verdict is {starter.verdict}")
    for mistake in exercise.mistakes:
        verdict = judge.check(exercise, mistake.file)
        name = mistake.file.name
        if verdict.verdict != mistake.verdict:
            problems.append(f"mistake {name}: verdict {verdict.verdict}, expected {mistake.verdict}")
        elif mistake.says not in verdict.text():
            problems.append(f"mistake {name}: the feedback does not say {mistake.says!r}:\n{verdict.text()}")
    return problems
