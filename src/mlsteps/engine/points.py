"""Points: what an exercise is worth when graded, how its cases share that, and what a verdict earns.

- An exercise is worth its ``points`` (exercise.toml, else course.toml's ``points``, else 1).
- A case that gives ``points=`` is worth that; the cases that give none share the rest of the exercise's points
  equally. Without any case's points, that is partial credit: each of n cases is worth 1/n of the exercise.
  When every case gives points and exercise.toml gives none, the exercise is worth their sum.
- Cases with the same ``group`` (a converted notebook's test cell) earn their points only together, all or nothing;
  a case without a group is a group of its own.
- A case that passed earns its points whatever the verdict (cases passed before an error count; a timeout's
  unfinished cases do not).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from mlsteps.engine.cases import Case
from mlsteps.engine.verdict import CaseResult

DEFAULT_POINTS = 1.0


@dataclass(frozen=True)
class Score:
    earned: float
    possible: float


def case_points(exercise_points: float | None, cases: Sequence[Case]) -> list[float]:
    """What each case is worth, in order."""
    given = [case.points for case in cases]
    unstated = sum(points is None for points in given)
    stated_sum = sum(points for points in given if points is not None)
    if not unstated:
        return [float(points) for points in given if points is not None]
    total = exercise_points if exercise_points is not None else (DEFAULT_POINTS if stated_sum == 0 else stated_sum)
    share = max(total - stated_sum, 0.0) / unstated
    return [share if points is None else float(points) for points in given]


def possible(exercise_points: float | None, cases: Sequence[Case]) -> float:
    return round(sum(case_points(exercise_points, cases)), 6)


def score(exercise_points: float | None, cases: Sequence[Case], results: Sequence[CaseResult]) -> Score:
    """Points earned by ``results``, one per case of ``cases`` (every case, hidden ones included), and possible."""
    worth = case_points(exercise_points, cases)
    groups: dict[str, list[int]] = {}
    for index, case in enumerate(cases):
        groups.setdefault(case.group or f"\0{index}", []).append(index)
    passed = [result.passed for result in results] + [False] * (len(cases) - len(results))
    earned = sum(sum(worth[i] for i in members) for members in groups.values() if all(passed[i] for i in members))
    return Score(round(earned, 6), round(sum(worth), 6))


def points_problems(exercise_points: float | None, cases: Sequence[Case]) -> list[str]:
    """What is inconsistent in an exercise's points, in words that say how to fix it."""
    given = [case.points for case in cases]
    if all(points is None for points in given):
        return []
    stated_sum = sum(points for points in given if points is not None)
    unstated = sum(points is None for points in given)
    if not unstated:
        if exercise_points is not None and abs(exercise_points - stated_sum) > 1e-9:
            return [
                f"the cases' points add up to {stated_sum:g}, but exercise.toml says points = {exercise_points:g}: "
                "make them agree, or leave points out of exercise.toml"
            ]
        return []
    if exercise_points is None:
        return [
            f"{unstated} case(s) give no points and exercise.toml gives the exercise none to share among them: add "
            "points = N to exercise.toml (the cases without points share what their points leave), or give every "
            "case its points"
        ]
    if stated_sum >= exercise_points:
        return [
            f"the cases' points add up to {stated_sum:g}, the whole of the exercise's {exercise_points:g}, leaving "
            f"nothing for the {unstated} case(s) without points: raise points in exercise.toml, or give those cases "
            "their points"
        ]
    return []
