"""How values are written in feedback: a short picture of any value the learner's code returned, plain or data.

``show`` cuts a long repr in the middle so both ends stay visible; data values (arrays, frames, series, figures,
tensors) get a one-line summary instead of their many-line repr. NumPy and pandas are imported only when such a
value is shown, so plain exercises never load them.
"""

from __future__ import annotations

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


DATA_TYPE_WORDS = {
    "ndarray": "a NumPy array",
    "DataFrame": "a pandas DataFrame",
    "Series": "a pandas Series",
    "FigureDescription": "a Matplotlib figure",
    "TensorValue": "a PyTorch tensor",
}


def is_data(value: Any) -> bool:
    kind = type(value)
    return kind.__module__.split(".")[0] in ("numpy", "pandas") or kind.__name__ in ("FigureDescription", "TensorValue")


def describe_type(value: Any) -> str:
    if isinstance(value, Opaque):
        return f"an object of type {value.type_name}"
    name = type(value).__name__
    return TYPE_WORDS.get(type(value)) or DATA_TYPE_WORDS.get(name) or f"a {name}"


def show(value: Any, limit: int = 120) -> str:
    """A short repr for feedback: long values are cut in the middle, so both ends stay visible."""
    if is_data(value):
        text = summary(value)
        return text if len(text) <= max(limit, 60) else text[: max(limit, 60) - 4] + "...)"
    if isinstance(value, list | tuple | dict) and any(is_data(item) for item in _items_of(value)):
        return _show_container(value, limit)
    text = repr(value)
    if len(text) <= limit:
        return text
    half = (limit - 5) // 2
    return f"{text[:half]} ... {text[-half:]}"


def typed(value: Any) -> str:
    """A value with its type, for a type mismatch: ``a string '3'``; None is just None."""
    if value is None or isinstance(value, bool):
        return repr(value)
    if is_data(value):
        return show(value)
    return f"{describe_type(value)} {show(value, 60)}"


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


def count_of(number: int, noun: str) -> str:
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


def summary(value: Any) -> str:
    """A one-line picture of a data value, for the ``expected:`` and ``got:`` lines."""
    import numpy as np
    import pandas as pd

    from mlsteps.engine.plain_data import FigureDescription, TensorValue

    if isinstance(value, np.ndarray):
        body = " ".join(np.array2string(value, threshold=12, edgeitems=3, max_line_width=10_000).split())
        body = body if len(body) <= 90 else body[:87] + "..."
        return f"array of shape {value.shape}, dtype {value.dtype}: {body}"
    if isinstance(value, pd.DataFrame):
        columns = show([str(column) for column in value.columns], 80)
        return f"DataFrame with {count_of(len(value), 'row')} and {count_of(value.shape[1], 'column')} {columns}"
    if isinstance(value, pd.Series):
        name = f" {value.name!r}" if value.name is not None else ""
        shown = value.tolist() if isinstance(value.index, pd.RangeIndex) else dict(zip(value.index, value, strict=True))
        return f"Series{name} of {count_of(len(value), 'value')}, dtype {value.dtype}: {show(shown, 80)}"
    if isinstance(value, TensorValue):
        body = " ".join(np.array2string(value.values, threshold=12, edgeitems=3, max_line_width=10_000).split())
        body = body if len(body) <= 90 else body[:87] + "..."
        grad = ", requires_grad=True" if value.requires_grad else ""
        return f"tensor of shape {list(value.shape)}, {value.dtype}{grad}: {body}"
    if isinstance(value, FigureDescription):
        plots = "; ".join(_axes_summary(axes) or "an empty plot" for axes in value["axes"])
        return f"a figure: {plots}" if value["axes"] else "an empty figure"
    return cell(item(value))


def _axes_summary(axes: dict) -> str:
    if axes.get("colorbar"):
        return "a colour bar"
    parts = [f"title {axes['title']!r}"] if axes["title"] else []
    parts += [
        count_of(len(axes[kind]), word) for kind, word in (("lines", "line"), ("scatters", "scatter")) if axes[kind]
    ]
    bars = sum(len(group["height"]) for group in axes["bars"])
    if bars:
        parts.append(count_of(bars, "bar"))
    grids = axes.get("grids", [])
    if grids:
        parts.append(count_of(len(grids), "grid") + " of colours")
    return ", ".join(parts)


def cell(value: Any) -> str:
    """One cell of a frame or array, named by its kind: ``the date 2024-01-05``, ``the text 'a'``."""
    import pandas as pd

    if isinstance(value, pd.Timestamp):
        return f"the date {value.isoformat(sep=' ').removesuffix(' 00:00:00')}"
    if isinstance(value, str):
        return f"the text {value!r}"
    return repr(value) if type(value).__module__.split(".")[0] in ("numpy", "pandas") else show(value)


def item(value: Any) -> Any:
    """A NumPy scalar as the Python value it holds; a NumPy date as a pandas Timestamp."""
    import numpy as np
    import pandas as pd

    if isinstance(value, np.datetime64):
        return pd.Timestamp(value)
    return value.item() if isinstance(value, np.generic) else value
