"""Compare what the learner's function returned with what the reference returned, and say where they differ.

The comparison zooms in: from the whole value to the first item, key or character that differs, and returns
that place as a :class:`Difference` in words a beginner can follow. Harmless differences pass: an ``int`` equal
to a ``float``, a tuple where the exercise accepts any sequence, NaN against NaN.
"""

from __future__ import annotations

import math
from typing import Any

from mlsteps.engine.difference import CompareOptions, Difference
from mlsteps.engine.plain import Opaque
from mlsteps.engine.showing import count_of, describe_type, is_data, show, typed

SHORT_STRING = 20  # strings up to this long are shown whole when they differ


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _numbers_equal(expected: float, got: float, options: CompareOptions) -> bool:
    if math.isnan(expected) or math.isnan(got):
        return math.isnan(expected) and math.isnan(got)
    return math.isclose(expected, got, rel_tol=options.rel_tol, abs_tol=options.abs_tol)


def _sequence_kinds_match(expected: Any, got: Any, options: CompareOptions) -> bool:
    if options.any_sequence:
        return isinstance(got, list | tuple)
    return type(expected) is type(got)


def first_difference(expected: Any, got: Any, options: CompareOptions, path: str = "") -> Difference | None:
    """``None`` when ``got`` is as good as ``expected``, else the first place where it is not."""
    if is_data(expected):
        from mlsteps.engine.compare_data import data_difference

        return data_difference(expected, got, options, path)
    if isinstance(got, Opaque):
        return Difference(path, f"expected {describe_type(expected)}, got {describe_type(got)} ({got.repr})")
    if _is_number(expected) and _is_number(got):
        if _numbers_equal(float(expected), float(got), options):
            return None
        return Difference(path, f"expected {show(expected)}, got {show(got)}")
    if isinstance(expected, list | tuple) and isinstance(got, list | tuple):
        if not _sequence_kinds_match(expected, got, options):
            return Difference(path, f"expected {describe_type(expected)}, got {describe_type(got)}")
        return _sequence_difference(expected, got, options, path)
    if type(expected) is not type(got):
        return Difference(path, f"expected {typed(expected)}, got {typed(got)}")
    if isinstance(expected, dict):
        return _dict_difference(expected, got, options, path)
    if isinstance(expected, set | frozenset):
        return _set_difference(expected, got, path)
    if isinstance(expected, str):
        return _string_difference(expected, got, path)
    if expected != got:
        return Difference(path, f"expected {show(expected)}, got {show(got)}")
    return None


def _sequence_difference(expected: Any, got: Any, options: CompareOptions, path: str) -> Difference | None:
    if options.unordered:
        expected, got = sorted(expected, key=repr), sorted(got, key=repr)
    first_wrong = None
    for index, (want, have) in enumerate(zip(expected, got, strict=False)):
        first_wrong = first_difference(want, have, options, f"{path}[{index}]")
        if first_wrong is not None:
            break
    if len(got) == len(expected):
        return first_wrong
    # A wrong length is the bigger news; the first wrong item, if any, comes after it.
    if len(got) < len(expected):
        reason = f"expected {count_of(len(expected), 'item')}, got {len(got)}"
        if first_wrong is None:
            reason += f"; the first one missing is {show(expected[len(got)], 60)}"
    else:
        reason = f"expected {count_of(len(expected), 'item')}, got {len(got)}"
        if first_wrong is None:
            reason += f"; the first extra one is {show(got[len(expected)], 60)}"
    if first_wrong is not None:
        reason += f"; the first item that differs is {first_wrong.describe()}"
    return Difference(path, reason)


def _dict_difference(expected: dict, got: dict, options: CompareOptions, path: str) -> Difference | None:
    missing = [key for key in expected if key not in got]
    if missing:
        return Difference(path, f"the key {show(missing[0], 60)} is missing")
    extra = [key for key in got if key not in expected]
    if extra:
        return Difference(path, f"there is an extra key {show(extra[0], 60)}")
    for key, want in expected.items():
        difference = first_difference(want, got[key], options, f"{path}[{key!r}]")
        if difference is not None:
            return difference
    return None


def _set_difference(expected: set | frozenset, got: set | frozenset, path: str) -> Difference | None:
    missing = sorted(expected - got, key=repr)
    if missing:
        return Difference(path, f"{show(missing[0], 60)} should be in the set but is not")
    extra = sorted(got - expected, key=repr)
    if extra:
        return Difference(path, f"{show(extra[0], 60)} is in the set but should not be")
    return None


def _string_difference(expected: str, got: str, path: str) -> Difference | None:
    if expected == got:
        return None
    index = next(
        (i for i, (want, have) in enumerate(zip(expected, got, strict=False)) if want != have),
        min(len(expected), len(got)),
    )
    if index == len(got):
        reason = (
            f"the string stops too early: after {index} characters, {show(expected[index : index + 20])} is missing"
        )
    elif index == len(expected):
        reason = (
            f"the string goes on too long: after {index} characters, it has an extra {show(got[index : index + 20])}"
        )
    elif max(len(expected), len(got)) <= SHORT_STRING:
        reason = f"expected {expected!r}, got {got!r}"
    else:
        start = max(0, index - 10)
        dots = "..." if start else ""
        reason = (
            f"the strings differ at character {index}: expected {expected[index]!r}, got {got[index]!r} "
            f"(expected {dots}{show(expected[start : index + 10])}, got {dots}{show(got[start : index + 10])})"
        )
    if expected.lower() == got.lower():
        reason += "; they differ only in upper and lower case"
    elif expected.replace("\r\n", "\n") == got.replace("\r\n", "\n"):
        reason += "; they differ only in line endings (\\r\\n against \\n)"
    elif expected.split() == got.split():
        reason += "; they differ only in spaces"
    return Difference(path, reason)
