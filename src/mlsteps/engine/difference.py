"""What a comparison answers: how strict one exercise is (:class:`CompareOptions`) and where two values first
differ (:class:`Difference`). Shared by the comparison of plain values and of data."""

from __future__ import annotations

from dataclasses import dataclass


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
