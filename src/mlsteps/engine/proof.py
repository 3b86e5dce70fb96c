"""Every exercise proves itself: its solution passes, its starter fails, each recorded mistake gets its feedback,
and the reference agrees with every expected value its author states (``case(..., expect=...)``, and the prompt's
``>>>`` examples).

Used by the test suite for the built-in curriculum, and by anyone writing exercises of their own.
"""

from __future__ import annotations

import ast

from mlsteps.engine import plain
from mlsteps.engine.cases import Case
from mlsteps.engine.compare import first_difference
from mlsteps.engine.exercise import EXERCISE_FILES, OPTIONAL_FILES, Exercise
from mlsteps.engine.judge import Judge, ReferenceKilled, job_for
from mlsteps.engine.lint import lint_problems
from mlsteps.engine.points import points_problems
from mlsteps.engine.showing import show
from mlsteps.engine.verdict import CRASHED, ERROR, FAILED, PASSED

MIN_CASES = 3  # a function proved on fewer inputs is not proved; a value exercise's code runs once


def format_problems(exercise: Exercise) -> list[str]:
    """What is wrong with the folder itself, before anything runs, and what the teaching lint finds."""
    problems = []
    present = {path.name for path in exercise.folder.iterdir() if path.name != "__pycache__"}
    needed = EXERCISE_FILES if exercise.teaching else EXERCISE_FILES - {"mistakes"}
    if missing := needed - present:
        problems.append(f"missing {', '.join(sorted(missing))}")
    if stray := present - EXERCISE_FILES - OPTIONAL_FILES:
        problems.append(f"unexpected files {', '.join(sorted(stray))}")
    if exercise.teaching and not 2 <= len(exercise.hints) <= 3:
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
    if exercise.teaching and not exercise.asks_for_values and len(exercise.cases()) < MIN_CASES:
        problems.append(f"has fewer than {MIN_CASES} cases")
    if exercise.asks_for_values:
        given: dict[str, str] = {}
        for case in exercise.cases():
            for name, text in case.files.items():
                if given.setdefault(name, text) != text:
                    problems.append(f"two cases give {name} different texts: a value exercise's code runs once")
        if exercise.entry and not _sets(exercise.starter, exercise.entry):
            problems.append(f"starter.py does not set {exercise.entry} (give the learner `{exercise.entry} = ...`)")
    elif f"def {exercise.entry}" not in exercise.starter and f"class {exercise.entry}" not in exercise.starter:
        problems.append(f"starter.py does not define {exercise.entry}")
    if exercise.cases() and all(case.hidden for case in exercise.cases()):
        problems.append("every case is hidden: a learner's check would run nothing; leave some cases public")
    problems += points_problems(exercise.points, exercise.cases())
    if not exercise.teaching:  # a course kept for grading: hints, mistakes and rules are not asked of it
        return problems
    return problems + lint_problems(exercise)  # what would hand the answer over, or leave a rule unproven


def _sets(source: str, name: str) -> bool:
    """Whether code binds ``name`` somewhere (``total = ...``, ``for total in``, ``def total``): a value's starter."""
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return False
    return any(
        (isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store) and node.id == name)
        or (isinstance(node, ast.FunctionDef | ast.ClassDef) and node.name == name)
        for node in ast.walk(tree)
    )


def behaviour_problems(exercise: Exercise, judge: Judge) -> list[str]:
    """Run the solution, the starter and every mistake through the judge, and say what did not go as it should."""
    problems = expectation_problems(exercise, judge)
    solution = judge.check(exercise, exercise.solution_path, hidden=True)
    if solution.verdict == CRASHED:
        problems.append(
            "the process running the solution ended before it finished (killed from outside, out of memory, or the "
            f"solution ended it): run lint again. {solution.problem or ''}".rstrip()
        )
    elif solution.verdict != PASSED:
        problems.append(f"the solution does not pass: {solution.text()}")
    starter = judge.check(exercise, exercise.folder / "starter.py", hidden=True)
    # a value exercise's starter leaves `words = ...`: reading len(words) off it is an error, as it should be
    not_passing = (FAILED, ERROR) if exercise.asks_for_values else (FAILED,)
    if starter.verdict not in not_passing:
        problems.append(f"the starter should run and fail the checks, but its verdict is {starter.verdict}")
    for mistake in exercise.mistakes:
        verdict = judge.check(exercise, mistake.file, hidden=True)
        name = mistake.file.name
        if verdict.verdict != mistake.verdict:
            problems.append(f"mistake {name}: verdict {verdict.verdict}, expected {mistake.verdict}")
        elif mistake.says not in verdict.text():
            problems.append(f"mistake {name}: the feedback does not say {mistake.says!r}:\n{verdict.text()}")
    return problems


def stated_cases(exercise: Exercise) -> list[tuple[str, Case]]:
    """Every case whose expected value its author states, with where it is stated: check.py's ``expect=`` cases
    and the prompt's ``>>>`` examples."""
    stated = [
        (f"case {number} of check.py", case) for number, case in enumerate(exercise.cases(), start=1) if case.stated
    ]
    stated += [(f"prompt.md line {example.line}", example.case) for example in exercise.prompt_examples()]
    return stated


def expectation_problems(exercise: Exercise, judge: Judge) -> list[str]:
    """Run the reference on every stated case and say, case by case, where it disagrees with what is stated."""
    stated = stated_cases(exercise)
    if not stated:
        return []
    cases = [case for _, case in stated]
    reply = judge.references.runner(exercise).run(job_for(exercise, exercise.solution_path, cases, timed=False))
    if reply.get("lost") or (isinstance(reply.get("exit_code"), int) and reply["exit_code"] < 0):
        how = "stopped answering" if reply.get("lost") else f"was killed by signal {-reply['exit_code']}"
        raise ReferenceKilled(
            f"the process running the reference solution of {exercise.id} on its stated cases {how}: that is the "
            "machine (out of memory, or a process stopped from outside), not a wrong answer: run it again"
        )
    by_case = {event["id"]: event for event in reply["events"] if event["event"] == "case"}
    problems = []
    for number, (where, case) in enumerate(stated, start=1):
        call = case.call(exercise.entry, 120)
        event = by_case.get(str(number))
        said = show(case.expect) if case.stated else f"raises {case.raises}"
        if event is None:
            problems.append(f"{where}: {call} states {said}, but the reference did not finish it")
            continue
        error = event.get("error")
        if case.raises:
            if (error or {}).get("type") != case.raises:
                got = f"raises {error['type']}" if error else f"returns {show(plain.decode(event.get('returned')))}"
                problems.append(f"{where}: {call} should raise {case.raises}, but the reference {got}")
            continue
        if error:
            problems.append(
                f"{where}: {call} states {said}, but the reference raises {error['type']}: {error.get('message', '')}"
            )
            continue
        got = plain.decode(event.get("returned"))
        difference = first_difference(case.expect, got, exercise.compare)
        if difference is not None:
            detail = difference.describe()
            detail = "" if detail == f"expected {said}, got {show(got)}" else f" ({detail})"
            problems.append(
                f"{where}: {call} states {said}, but the reference returns {show(got)}{detail}: fix the solution, "
                "or what is stated"
            )
    return problems
