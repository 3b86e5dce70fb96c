"""Comparing arrays, data frames, series and figure descriptions, the way a good teacher would.

Arrays: shape, dtype family (``float32`` for ``float64`` is fine, whole numbers for floats is not, unless the
exercise says so), values with tolerance, NaN equal to NaN. Frames and series: the columns and rows the exercise
fixes, in the order it fixes and no stricter; dtypes that do not change the meaning (a float column holding whole
numbers, text as ``str`` or ``object``) pass. Figures: the aspects an exercise names, in words ("the y axis has
no label", "3 bars expected, 4 found"). Feedback names the first differing cell and shows a few rows side by side.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from mlsteps.engine.difference import CompareOptions, Difference
from mlsteps.engine.plain_data import FigureDescription, TensorValue, numpy_dtype_of
from mlsteps.engine.showing import cell, count_of, describe_type, item, show

FAMILIES = {
    "b": "True/False values",
    "i": "whole numbers",
    "u": "whole numbers",
    "f": "decimal numbers",
    "c": "complex numbers",
    "M": "dates",
    "m": "time spans",
    "U": "text",
    "S": "bytes",
    "O": "Python objects",
}
SIDE_BY_SIDE_ROWS = 5


def handles(value: Any) -> bool:
    return isinstance(value, np.ndarray | pd.DataFrame | pd.Series | pd.Index | FigureDescription | TensorValue)


def data_difference(expected: Any, got: Any, options: CompareOptions, path: str) -> Difference | None:
    if isinstance(expected, FigureDescription):
        return figure_difference(expected, got, options)
    if isinstance(expected, TensorValue):
        return tensor_difference(expected, got, options, path)
    if isinstance(expected, pd.DataFrame):
        return frame_difference(expected, got, options, path)
    if isinstance(expected, pd.Series):
        return series_difference(expected, got, options, path)
    if isinstance(expected, pd.Index):
        return array_difference(np.asarray(expected), np.asarray(got), options, path)
    return array_difference(expected, got, options, path)


# ------------------------------------------------------------------------------------------------ arrays


def _family(dtype: np.dtype) -> str:
    return FAMILIES.get(dtype.kind, dtype.kind)


def _same_values(expected: np.ndarray, got: np.ndarray, options: CompareOptions) -> np.ndarray:
    """Element-wise: are these equal, within tolerance for numbers, with missing equal to missing?"""
    if expected.dtype.kind in "biufc" and got.dtype.kind in "biufc":
        return np.isclose(got, expected, rtol=options.rel_tol, atol=options.abs_tol, equal_nan=True)
    flat_expected, flat_got = expected.ravel(), got.ravel()
    same = np.array([_sameitem(w, g, options) for w, g in zip(flat_expected, flat_got, strict=True)], dtype=bool)
    return same.reshape(expected.shape)


def _sameitem(expected: Any, got: Any, options: CompareOptions) -> bool:
    if _missing(expected) or _missing(got):
        return _missing(expected) and _missing(got)
    if isinstance(expected, int | float | np.number) and isinstance(got, int | float | np.number):
        return bool(np.isclose(float(got), float(expected), rtol=options.rel_tol, atol=options.abs_tol))
    try:
        return bool(expected == got)
    except (TypeError, ValueError):
        return False


def _missing(value: Any) -> bool:
    try:
        return value is None or bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def array_difference(expected: np.ndarray, got: Any, options: CompareOptions, path: str) -> Difference | None:
    if not isinstance(got, np.ndarray):
        if isinstance(got, list | tuple):
            return Difference(path, f"expected a NumPy array, got {describe_type(got)}: turn it into one with np.array")
        return Difference(path, f"expected a NumPy array, got {describe_type(got)}")
    if expected.shape != got.shape:
        return Difference(path, f"expected an array of shape {expected.shape}, got shape {got.shape}")
    if options.dtype == "family" and _family(expected.dtype) != _family(got.dtype):
        return Difference(
            path,
            f"expected an array of {_family(expected.dtype)} ({expected.dtype}), "
            f"got one of {_family(got.dtype)} ({got.dtype})",
        )
    if options.dtype == "exact" and expected.dtype != got.dtype:
        return Difference(path, f"expected dtype {expected.dtype}, got {got.dtype}")
    same = _same_values(expected, got, options)
    if same.all():
        return None
    wrong = np.argwhere(~same)
    where = tuple(int(i) for i in wrong[0])
    place = where[0] if len(where) == 1 else where
    want, have = _readable_pair(item(expected[where]), item(got[where]))
    return Difference(
        path, f"{len(wrong)} of {same.size} values differ; the first is at index {place}: expected {want}, got {have}"
    )


def _readable_pair(expected: Any, got: Any) -> tuple[str, str]:
    """Two cells as a person would write them (1.0, not 1.0000000000000002), unless that hides the difference."""
    if isinstance(expected, pd.Timestamp) or isinstance(got, pd.Timestamp):
        return cell(expected), cell(got)
    if isinstance(expected, float) and isinstance(got, int | float):
        short = _six_digits(expected), _six_digits(got)
        if short[0] != short[1]:
            return short
    return show(expected), show(got)


def _label(value: Any) -> str:
    """A row or column label as it reads in a table: dates as dates, everything else as Python writes it."""
    value = item(value)
    if isinstance(value, pd.Timestamp):
        return value.isoformat(sep=" ").removesuffix(" 00:00:00")
    return show(value, 40)


def _six_digits(value: float) -> str:
    return repr(float(f"{value:.6g}")) if isinstance(value, float) else repr(value)


def tensor_difference(expected: TensorValue, got: Any, options: CompareOptions, path: str) -> Difference | None:
    """Tensors: a NumPy array is not a tensor; then shape, dtype family, values, and gradient tracking."""
    if not isinstance(got, TensorValue):
        hint = " (torch.from_numpy(array) or torch.tensor(values) makes one)" if isinstance(got, np.ndarray) else ""
        return Difference(path, f"expected a PyTorch tensor, got {describe_type(got)}{hint}")
    want_dtype, got_dtype = numpy_dtype_of(expected.dtype), numpy_dtype_of(got.dtype)
    if options.dtype == "exact" and expected.dtype != got.dtype:
        return Difference(path, f"expected a tensor of {expected.dtype}, got {got.dtype}")
    difference = array_difference(expected.values.astype(want_dtype), got.values.astype(got_dtype), options, path)
    if difference is not None:
        reason = difference.reason.replace("a NumPy array", "a tensor").replace("an array", "a tensor")
        return Difference(difference.path, reason.replace("array", "tensor"))
    if expected.requires_grad != got.requires_grad:
        if got.requires_grad:
            return Difference(
                path, "the values are right, but the tensor still tracks gradients: compute it under torch.no_grad()"
            )
        return Difference(path, "the values are right, but the tensor should track gradients (requires_grad=True)")
    return None


# ------------------------------------------------------------------------------------------- frames, series


def _align_rows(
    expected: pd.DataFrame, got: pd.DataFrame, options: CompareOptions
) -> tuple[pd.DataFrame, pd.DataFrame]:
    if not options.check_index:
        expected, got = expected.reset_index(drop=True), got.reset_index(drop=True)
        if not options.row_order:
            expected = expected.sort_values(list(expected.columns), ignore_index=True)
            got = got.sort_values(list(got.columns), ignore_index=True)
    elif not options.row_order:
        expected, got = expected.sort_index(), got.sort_index()
    return expected, got


def _index_difference(expected: pd.Index, got: pd.Index, what: str) -> tuple[str, bool] | None:
    """What differs between two sets of labels, and whether it is only their order."""
    if expected.equals(got) or list(expected) == list(got):
        return None
    got_labels, expected_labels = set(got), set(expected)
    missing = [label for label in expected if label not in got_labels]
    if missing:
        return f"the {what} {_label(missing[0])} is missing", False
    extra = [label for label in got if label not in expected_labels]
    if extra:
        return f"there is an extra {what} {_label(extra[0])}", False
    return f"the {what}s are in another order: expected {show(list(expected), 60)}, got {show(list(got), 60)}", True


def _side_by_side(expected: pd.DataFrame, got: pd.DataFrame, row: int) -> str:
    start = max(0, row - 1)
    window = slice(start, start + SIDE_BY_SIDE_ROWS)
    both = pd.concat({"expected": expected.iloc[window], "got": got.iloc[window]}, axis=1)
    return both.to_string(max_colwidth=20)


def frame_difference(
    expected: pd.DataFrame, got: Any, options: CompareOptions, path: str, series: bool = False
) -> Difference | None:
    if not isinstance(got, pd.DataFrame):
        return Difference(path, f"expected a DataFrame, got {describe_type(got)}")
    columns = _index_difference(expected.columns, got.columns, "column")
    if columns and (options.column_order or not columns[1]):
        return Difference(path, columns[0])
    got = got[list(expected.columns)]
    if len(expected) != len(got):
        return Difference(path, f"expected {count_of(len(expected), 'row')}, got {len(got)}")
    expected, got = _align_rows(expected, got, options)
    if options.check_index:
        rows = _index_difference(expected.index, got.index, "row label")
        if rows:
            return Difference(path, rows[0] + " (the index)")
    for position, column in enumerate(expected.columns):
        want, have = expected.iloc[:, position].to_numpy(), got.iloc[:, position].to_numpy()
        same = _same_values(want, have, options)
        if not same.all():
            row = int(np.argwhere(~same)[0][0])
            label, column = _label(expected.index[row]), item(column)
            where = "values differ" if series else f"cells in column {column!r} differ"
            want_text, have_text = _readable_pair(item(want[row]), item(have[row]))
            return Difference(
                path,
                f"{int((~same).sum())} of {len(same)} {where}; the first is in row {label}: "
                f"expected {want_text}, got {have_text}",
                detail=_side_by_side(expected, got, row),
            )
    return None


def series_difference(expected: pd.Series, got: Any, options: CompareOptions, path: str) -> Difference | None:
    if not isinstance(got, pd.Series):
        hint = " (one column of a DataFrame is a Series: df['name'])" if isinstance(got, pd.DataFrame) else ""
        return Difference(path, f"expected a Series, got {describe_type(got)}{hint}")
    name = "value" if expected.name is None else expected.name
    difference = frame_difference(expected.to_frame(name), got.rename(name).to_frame(name), options, path, series=True)
    if difference is not None and expected.name != got.name and options.check_names:
        return difference
    if difference is None and options.check_names and expected.name != got.name:
        return Difference(path, f"the Series should be named {expected.name!r}, not {got.name!r}")
    return difference


# ------------------------------------------------------------------------------------------------ figures

FIGURE_ASPECTS = ("axes", "title", "xlabel", "ylabel", "legend", "lines", "bars", "scatters", "grids", "texts")
AXIS_WORDS = {"xlabel": "x axis", "ylabel": "y axis"}


def figure_difference(expected: FigureDescription, got: Any, options: CompareOptions) -> Difference | None:
    if got is None:
        return Difference("", "expected a Matplotlib figure, got None: no figure was drawn, or it was not returned")
    if not isinstance(got, FigureDescription):
        return Difference("", f"expected a Matplotlib figure (or its axes), got {describe_type(got)}")
    aspects = options.figure or FIGURE_ASPECTS
    want_axes, got_axes = expected["axes"], got["axes"]
    if len(want_axes) != len(got_axes):
        return Difference("", f"expected {len(want_axes)} plot(s) (axes) in the figure, found {len(got_axes)}")
    for check in ("size", "suptitle"):
        if check in aspects and expected[check] != got[check]:
            return Difference("", f"the figure's {check} is {show(got[check])}, expected {show(expected[check])}")
    for number, (want, have) in enumerate(zip(want_axes, got_axes, strict=True), start=1):
        where = "the plot" if len(want_axes) == 1 else f"plot {number}"
        reason = _axes_difference(want, have, aspects, options, where)
        if reason:
            return Difference("", reason)
    return None


def _axes_difference(
    want: dict, have: dict, aspects: tuple[str, ...], options: CompareOptions, where: str
) -> str | None:
    """What is drawn first, then the words around it: a chart with the wrong data is wrong whatever its title."""
    for kind in ("lines", "bars", "scatters"):
        if kind in aspects:
            reason = _artists_difference(kind, want[kind], have[kind], options, where)
            if reason:
                return reason
    if "grids" in aspects:  # a description made before grids were described has none, on either side
        reason = _grids_difference(want.get("grids", []), have.get("grids", []), options, where)
        if reason:
            return reason
    for text in ("title", "xlabel", "ylabel"):
        if text not in aspects or want[text].strip() == have[text].strip():
            continue
        thing = f"the title of {where}" if text == "title" else f"the {AXIS_WORDS[text]} of {where}"
        if not have[text].strip():
            return f"{thing} has no {'text' if text == 'title' else 'label'}; expected {want[text]!r}"
        return f"{thing} says {have[text]!r}; expected {want[text]!r}"
    if "legend" in aspects and want["legend"] != have["legend"]:
        if have["legend"] is None:
            return (
                f"{where} has no legend; expected one with {want['legend']} (give each series a label=, then legend())"
            )
        if want["legend"] is None:
            return f"{where} has a legend, but none was asked for"
        return f"the legend of {where} lists {have['legend']}; expected {want['legend']}"
    if "texts" in aspects:
        have_texts = {t["text"]: t for t in have["texts"]}
        for text in want["texts"]:
            found = have_texts.get(text["text"])
            if found is None:
                return f"{where} is missing the annotation {text['text']!r}"
            if "xy" in text and not _close(text["xy"], found.get("xy", found["position"]), options):
                return (
                    f"the annotation {text['text']!r} in {where} points at {show(found.get('xy'))}; "
                    f"expected {show(text['xy'])}"
                )
    for limit in ("xlim", "ylim", "xticklabels", "yticklabels", "xscale", "yscale"):
        if limit in aspects and not _close(want[limit], have[limit], options):
            return f"the {limit} of {where} is {show(have[limit])}; expected {show(want[limit])}"
    return None


def _close(want: Any, have: Any, options: CompareOptions) -> bool:
    if isinstance(want, list) and isinstance(have, list):
        return len(want) == len(have) and all(_close(w, h, options) for w, h in zip(want, have, strict=True))
    if isinstance(want, float | int) and isinstance(have, float | int):
        return bool(np.isclose(have, want, rtol=max(options.rel_tol, 1e-6), atol=max(options.abs_tol, 1e-9)))
    return want == have


ARTIST_WORDS = {"lines": "line", "bars": "bar group", "scatters": "scatter"}


def _artists_difference(
    kind: str, want: list[dict], have: list[dict], options: CompareOptions, where: str
) -> str | None:
    if kind == "bars":
        want_count, have_count = sum(len(b["height"]) for b in want), sum(len(b["height"]) for b in have)
        if want_count != have_count:
            return f"{want_count} bars expected in {where}, {have_count} found"
    if len(want) != len(have):
        return f"{len(want)} {ARTIST_WORDS[kind]}(s) expected in {where}, {len(have)} found"
    fields = {"lines": ("x", "y"), "bars": ("centre", "height", "y"), "scatters": ("x", "y")}[kind]
    if kind == "bars" and "widths" in options.figure:
        fields += ("width",)
    for number, (w, h) in enumerate(zip(want, have, strict=True), start=1):
        w, h = _with_centres(w), _with_centres(h)
        name = f"{ARTIST_WORDS[kind]} {number}" + (f" ({w['label']!r})" if w.get("label") else "")
        for field in fields:
            if not _close(w[field], h[field], options):
                return _data_reason(name, field, w[field], h[field], where, options)
        if "colors" in options.figure and w.get("color") != h.get("color"):
            return f"{name} in {where} is coloured {h.get('color')}; expected {w.get('color')}"
        if "labels" in options.figure and w.get("label") != h.get("label"):
            if h.get("label") is None:
                return f"{name} in {where} has no label; expected {w.get('label')!r} (give it label=...)"
            return f"{name} in {where} is labelled {h.get('label')!r}; expected {w.get('label')!r}"
        if kind == "lines" and "styles" in options.figure:
            for style in ("linestyle", "marker"):
                if w.get(style) != h.get(style):
                    return f"the {style} of {name} in {where} is {h.get(style)!r}; expected {w.get(style)!r}"
    return None


def _grids_difference(want: list[dict], have: list[dict], options: CompareOptions, where: str) -> str | None:
    """Grids of colours (heatmaps, images): how many, their size, the scale their colours run over, their values."""
    if len(want) != len(have):
        return f"{count_of(len(want), 'grid')} of colours (imshow, pcolormesh) expected in {where}, {len(have)} found"
    for number, (w, h) in enumerate(zip(want, have, strict=True), start=1):
        name = "the grid of colours" if len(want) == 1 else f"grid of colours {number}"
        if w["shape"] != h["shape"]:
            return f"{name} in {where} has {_cells(h['shape'])}; expected {_cells(w['shape'])}"
        if not _close(w["clim"], h["clim"], options):
            low, high = w["clim"]
            return (
                f"the colours of {name} in {where} run from {show(h['clim'][0])} to {show(h['clim'][1])}; expected "
                f"{show(low)} to {show(high)} (vmin and vmax fix the scale)"
            )
        if not _close(w["values"], h["values"], options):
            index = _first_apart(w["values"], h["values"], options)
            columns = w["shape"][1] if len(w["shape"]) > 1 else 1
            return (
                f"{name} in {where} differs at row {index // columns + 1}, column {index % columns + 1}: expected "
                f"{show(w['values'][index])}, got {show(h['values'][index])}"
            )
        if "colors" in options.figure and w["cmap"] != h["cmap"]:
            return f"{name} in {where} uses the colour map {h['cmap']!r}; expected {w['cmap']!r}"
    return None


def _first_apart(want: list, have: list, options: CompareOptions) -> int:
    """Where two lists of the same length first differ (they do somewhere)."""
    return next(i for i, (w, h) in enumerate(zip(want, have, strict=True)) if not _close(w, h, options))


def _cells(shape: list[int]) -> str:
    return " by ".join(str(size) for size in shape[:2]) + (" cells" if len(shape) >= 2 else " values")


def _with_centres(artist: dict) -> dict:
    """Bars are compared by their centres, so bars of another width in the same places still match."""
    if "width" not in artist:
        return artist
    return {**artist, "centre": [x + width / 2 for x, width in zip(artist["x"], artist["width"], strict=True)]}


def _data_reason(name: str, field: str, want: list, have: list, where: str, options: CompareOptions) -> str:
    words = {"x": "x values", "y": "y values", "height": "heights", "width": "widths", "centre": "positions"}[field]
    if len(want) != len(have):
        return f"{name} in {where} has {len(have)} {words}; expected {len(want)}"
    index = _first_apart(want, have, options)
    return (
        f"the {words} of {name} in {where} differ at point {index + 1}: "
        f"expected {show(want[index])}, got {show(have[index])}"
    )
