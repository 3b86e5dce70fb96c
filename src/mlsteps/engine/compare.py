"""Compare what the learner's function returned with what the reference returned, and say where they differ.

The comparison zooms in: from the whole value to the first item, key or character that differs, and returns
that place as a :class:`Difference` in words a beginner can follow. Harmless differences pass: an ``int`` equal
to a ``float``, a tuple where the exercise accepts any sequence, NaN against NaN.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from mlsteps.engine.plain import Opaque

TYPE_WORDS = {
    bool: "True or False",
    int: "a whole number (int)",
    float: "a number (float)",
    str: "a string",
    list: "a list",
    tuple: "a tuple",
    dict: "a dict",
    set: "a set",
    frozenset: "a frozenset",
    bytes: "bytes",
    type(None): "None",
}


SHORT_STRING = 20  # strings up to this long are shown whole when they differ


@dataclass(frozen=True)
class CompareOptions:
    """How strict one exercise is; set in its ``exercise.toml`` under ``[compare]``."""

    any_sequence: bool = False  # a tuple may stand for a list and the other way round
    unordered: bool = False  # the order of items in a returned list does not matter
    rel_tol: float = 1e-9
    abs_tol: float = 1e-9
    dtype: str = "family"  # arrays: "family" (float32 for float64 is fine), "exact", or "any"
    column_order: bool = False  # data frames: the columns must come in the expected order
    row_order: bool = True  # data frames and series: the rows must come in the expected order
    check_index: bool = True  # data frames and series: the row labels must match
    check_names: bool = True  # series: the name must match
    figure: tuple[str, ...] = ()  # figures: the aspects to check (empty: the usual ones, see compare_data)

    def __post_init__(self) -> None:
        object.__setattr__(self, "figure", tuple(self.figure))  # TOML gives a list


@dataclass(frozen=True)
class Difference:
    """The first place where two values differ: a path such as ``[2]['name']`` and what is wrong there."""

    path: str
    reason: str
    detail: str = ""  # a few lines to show under the reason, such as expected and got side by side

    def describe(self) -> str:
        return f"at {self.path}: {self.reason}" if self.path else self.reason


DATA_TYPE_WORDS = {
    "ndarray": "a NumPy array",
    "DataFrame": "a pandas DataFrame",
    "Series": "a pandas Series",
    "FigureDescription": "a Matplotlib figure",
    "TensorValue": "a PyTorch tensor",
}


def _is_data(value: Any) -> bool:
    kind = type(value)
    return kind.__module__.split(".")[0] in ("numpy", "pandas") or kind.__name__ in ("FigureDescription", "TensorValue")


def describe_type(value: Any) -> str:
    if isinstance(value, Opaque):
        return f"an object of type {value.type_name}"
    name = type(value).__name__
    return TYPE_WORDS.get(type(value)) or DATA_TYPE_WORDS.get(name) or f"a {name}"


def show(value: Any, limit: int = 120) -> str:
    """A short repr for feedback: long values are cut in the middle, so both ends stay visible."""
    if _is_data(value):
        from mlsteps.engine.compare_data import summary

        text = summary(value)
        return text if len(text) <= max(limit, 60) else text[: max(limit, 60) - 4] + "...)"
    if isinstance(value, list | tuple | dict) and any(_is_data(item) for item in _items_of(value)):
        return _show_container(value, limit)
    text = repr(value)
    if len(text) <= limit:
        return text
    half = (limit - 5) // 2
    return f"{text[:half]} ... {text[-half:]}"


def _typed(value: Any) -> str:
    """A value with its type, for a type mismatch: ``a string '3'``; None is just None."""
    if value is None or isinstance(value, bool):
        return repr(value)
    if _is_data(value):
        return show(value)
    return f"{describe_type(value)} {show(value, 60)}"


def _items(count: int) -> str:
    return f"{count} item" if count == 1 else f"{count} items"


def _items_of(container: Any) -> list[Any]:
    return list(container.values()) if isinstance(container, dict) else list(container)


def _show_container(container: Any, limit: int) -> str:
    """A tuple or dict holding frames or arrays: each item summarised on one line, not a frame's many lines."""
    share = max(40, limit // max(len(container), 1))
    if isinstance(container, dict):
        inner = ", ".join(f"{key!r}: {show(item, share)}" for key, item in container.items())
        return "{" + inner + "}"
    inner = ", ".join(show(item, share) for item in container)
    return f"({inner})" if isinstance(container, tuple) else f"[{inner}]"


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
    if _is_data(expected):
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
        return Difference(path, f"expected {_typed(expected)}, got {_typed(got)}")
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
        reason = f"expected {_items(len(expected))}, got {len(got)}"
        if first_wrong is None:
            reason += f"; the first one missing is {show(expected[len(got)], 60)}"
    else:
        reason = f"expected {_items(len(expected))}, got {len(got)}"
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
    elif expected.split() == got.split():
        reason += "; they differ only in spaces"
    return Difference(path, reason)
