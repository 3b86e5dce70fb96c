"""Identical and near-identical answers: the shape of a piece of code, with names, comments and formatting left out.

The shape is the SHA-256 of the code's syntax tree (``ast.dump``, without positions) after three changes: the
docstrings are dropped, and every name the code itself binds (its functions, classes, parameters, variables, loop
and comprehension variables, ``import ... as`` names, exception names) is renamed ``_1``, ``_2``... in the order it
first appears. Names it only uses (builtins such as ``len``, imported modules, attributes) are kept, as are
constants, so ``sum(v) / len(v)`` and ``len(v) / sum(v)`` differ, and so do two different hard-coded answers.
Comments and formatting never reach the tree. Two answers with one shape are the same code, whatever they call
things: the grader keeps each grade's shape, and ``gradebook --similar`` lists the learners who share one.
"""

from __future__ import annotations

import ast
import hashlib
from collections.abc import Iterable
from dataclasses import dataclass


def _bound_names(tree: ast.AST) -> set[str]:
    bound: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            bound.add(node.name)
        elif isinstance(node, ast.arg):
            bound.add(node.arg)
        elif isinstance(node, ast.Name) and isinstance(node.ctx, (ast.Store, ast.Del)):
            bound.add(node.id)
        elif isinstance(node, ast.alias) and node.asname:
            bound.add(node.asname)
        elif isinstance(node, (ast.ExceptHandler, ast.MatchAs, ast.MatchStar)) and node.name:
            bound.add(node.name)
    return bound


class _Renamer(ast.NodeTransformer):
    """Renames the bound names in the order they are first met, depth first (which follows the source)."""

    def __init__(self, bound: set[str]) -> None:
        self.bound = bound
        self.names: dict[str, str] = {}

    def _new(self, name: str) -> str:
        if name not in self.bound:
            return name
        return self.names.setdefault(name, f"_{len(self.names) + 1}")

    def generic_visit(self, node: ast.AST) -> ast.AST:
        body = getattr(node, "body", None)
        if (
            isinstance(node, (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef))
            and isinstance(body, list)
            and body
            and isinstance(body[0], ast.Expr)
            and isinstance(body[0].value, ast.Constant)
            and isinstance(body[0].value.value, str)
        ):
            node.body = body[1:] or [ast.Pass()]  # a docstring is a comment in all but name
        if isinstance(node, ast.alias):  # `import numpy as np`: the module's name stays, the name it binds goes
            if node.asname:
                node.asname = self._new(node.asname)
        elif not isinstance(node, ast.keyword):  # `f(axis=1)`: the callee's parameter, not a name of this code
            for attribute in ("name", "arg", "id"):
                value = getattr(node, attribute, None)
                if isinstance(value, str):
                    setattr(node, attribute, self._new(value))
        return super().generic_visit(node)


def code_shape(code: str) -> str | None:
    """The SHA-256 of the code's normalised syntax tree; None for code that does not parse."""
    try:
        tree = ast.parse(code)
    except (SyntaxError, ValueError):
        return None
    tree = _Renamer(_bound_names(tree)).visit(tree)
    dumped = ast.dump(tree, annotate_fields=False, include_attributes=False)
    return hashlib.sha256(dumped.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Group:
    """Learners whose answers to one exercise share a shape."""

    exercise: str
    learners: tuple[str, ...]
    identical: bool  # the very same code, not only the same shape
    verdict: str  # the grade they share (the same code gets the same verdict), or "mixed"
    same_as: str | None = None  # "the starter" or "the reference solution", when the shape is theirs

    def to_dict(self) -> dict:
        return {
            "exercise": self.exercise,
            "learners": list(self.learners),
            "identical": self.identical,
            "verdict": self.verdict,
            "same_as": self.same_as,
        }


def groups(
    answers: Iterable[tuple[str, str, str | None, str, str]], known: dict[str, dict[str, str]] | None = None
) -> list[Group]:
    """Groups of two or more learners per exercise with one shape, biggest first within an exercise.

    ``answers``: (exercise, learner, shape, submission SHA, verdict), in the order exercises should come.
    ``known``: per exercise, shapes to name (the starter's, the solution's) -> what to call them."""
    by_exercise: dict[str, dict[str, list[tuple[str, str, str]]]] = {}
    for exercise, learner, shape, sha, verdict in answers:
        if shape:
            by_exercise.setdefault(exercise, {}).setdefault(shape, []).append((learner, sha, verdict))
    found = []
    for exercise, shapes in by_exercise.items():
        shared = [(shape, members) for shape, members in shapes.items() if len(members) > 1]
        for shape, members in sorted(shared, key=lambda item: (-len(item[1]), sorted(m[0] for m in item[1]))):
            verdicts = {verdict for _, _, verdict in members}
            found.append(
                Group(
                    exercise=exercise,
                    learners=tuple(sorted((learner for learner, _, _ in members), key=str.casefold)),
                    identical=len({sha for _, sha, _ in members}) == 1,
                    verdict=verdicts.pop() if len(verdicts) == 1 else "mixed",
                    same_as=(known or {}).get(exercise, {}).get(shape),
                )
            )
    return found
