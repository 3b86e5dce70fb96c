"""Plain data for NumPy arrays, pandas objects and Matplotlib figures, both ways across the trust boundary.

Arrays travel as ``.npy`` bytes (read back with ``allow_pickle=False``), or as a list of plain items when their
dtype holds Python objects. Series and data frames travel column by column with their index and dtypes. A figure
travels as a *description*: its axes, titles, labels, limits, ticks, legend, and each artist's data — never
pixels, never the object.

The worker calls :func:`encode_data` only for values whose type comes from numpy, pandas or matplotlib, so these
libraries are imported only where the learner already uses them.
"""

from __future__ import annotations

import base64
import io
from typing import Any

TAG_NDARRAY = "$ndarray"
TAG_SERIES = "$series"
TAG_FRAME = "$dataframe"
TAG_INDEX = "$index"
TAG_TIMESTAMP = "$timestamp"
TAG_TIMEDELTA = "$timedelta"
TAG_FIGURE = "$figure"
TAG_TENSOR = "$tensor"
DATA_TAGS = (TAG_NDARRAY, TAG_SERIES, TAG_FRAME, TAG_INDEX, TAG_TIMESTAMP, TAG_TIMEDELTA, TAG_FIGURE, TAG_TENSOR)
LIBRARIES = ("numpy", "pandas", "matplotlib", "torch")

# In the worker, a tensor argument becomes a real torch tensor; in the judge, which never needs torch, a TensorValue.
REAL_TENSORS = False
MAX_POINTS = 5000  # the most data points kept per artist of a figure


class FigureDescription(dict):
    """What a figure shows, as plain data: ``{"size": [w, h], "suptitle": ..., "axes": [{...}, ...]}``."""


def numpy_dtype_of(torch_dtype: str) -> Any:
    """The NumPy dtype that holds a torch dtype's values: ``torch.float32`` -> float32 (bfloat16 widens)."""
    import numpy as np

    short = torch_dtype.removeprefix("torch.")
    aliases = {"bfloat16": "float32", "half": "float16", "float": "float32", "double": "float64", "long": "int64"}
    return np.dtype(aliases.get(short, short))


class TensorValue:
    """A PyTorch tensor as the judge sees it: its values as a NumPy array, its dtype, and whether it tracks gradients.

    Check files build tensor arguments with it (``cases.tensor``), so the judge's process never imports torch.
    """

    def __init__(self, values: Any, dtype: str = "torch.float32", requires_grad: bool = False) -> None:
        import numpy as np

        self.dtype = dtype if dtype.startswith("torch.") else f"torch.{dtype}"
        self.values = np.asarray(values, dtype=numpy_dtype_of(self.dtype))  # as the worker's tensor will hold them
        self.requires_grad = requires_grad

    @property
    def shape(self) -> tuple[int, ...]:
        return tuple(self.values.shape)

    def __array__(self, dtype: Any = None, copy: Any = None) -> Any:
        return self.values if dtype is None else self.values.astype(dtype)

    def __len__(self) -> int:
        return len(self.values)

    def __repr__(self) -> str:
        return f"tensor(shape={list(self.shape)}, dtype={self.dtype})"


# ------------------------------------------------------------------------------------------------ encoding


def handles(value: Any) -> bool:
    return type(value).__module__.split(".")[0] in LIBRARIES or isinstance(value, TensorValue)


def encode_data(value: Any, encode: Any) -> Any:
    """Encode a numpy, pandas or matplotlib value; ``encode`` is plain.encode, for the items inside."""
    import numpy as np

    root = type(value).__module__.split(".")[0]
    if isinstance(value, TensorValue):
        return _tensor(value.values, value.dtype, value.requires_grad, encode)
    if root == "torch":
        return _encode_torch(value, encode)
    if isinstance(value, np.ndarray):
        return {TAG_NDARRAY: _array(np.ndarray.view(value, np.ndarray), encode)}
    if isinstance(value, np.generic):
        if isinstance(value, np.datetime64 | np.timedelta64):
            return _scalar_time(value)
        return encode(value.item())
    if root == "pandas":
        return _encode_pandas(value, encode)
    if root == "matplotlib":
        figure = _figure_of(value)
        if figure is not None:
            return {TAG_FIGURE: describe_figure(figure)}
    return None


def _tensor(values: Any, dtype: str, requires_grad: bool, encode: Any) -> dict[str, Any]:
    return {TAG_TENSOR: {"values": _array(values, encode), "dtype": dtype, "requires_grad": requires_grad}}


def _encode_torch(value: Any, encode: Any) -> Any:
    """A tensor (or a parameter) as its values, dtype and gradient tracking; a torch scalar dtype as its name."""
    import torch

    if isinstance(value, torch.Tensor):
        values = value.detach().cpu()
        if values.dtype == torch.bfloat16:
            values = values.float()
        return _tensor(values.numpy(), str(value.dtype), bool(value.requires_grad), encode)
    if isinstance(value, torch.dtype | torch.device | torch.Size):
        return encode(str(value) if not isinstance(value, torch.Size) else tuple(value))
    return None


def _array(array: Any, encode: Any) -> dict[str, Any]:
    if array.dtype.hasobject:
        return {"shape": list(array.shape), "items": [encode(item) for item in array.ravel().tolist()]}
    buffer = io.BytesIO()
    import numpy as np

    np.save(buffer, array, allow_pickle=False)
    return {"npy": base64.b64encode(buffer.getvalue()).decode("ascii")}


def _scalar_time(value: Any) -> Any:
    import pandas as pd

    if pd.isna(value):
        return None
    if "timedelta" in type(value).__name__.lower():
        return {TAG_TIMEDELTA: pd.Timedelta(value).isoformat()}
    return {TAG_TIMESTAMP: pd.Timestamp(value).isoformat()}


def _column(values: Any, encode: Any) -> dict[str, Any]:
    """One column's values: numbers and dates as .npy, text and mixed objects as a list of items."""
    import numpy as np
    import pandas as pd

    if isinstance(values.dtype, np.dtype) and not values.dtype.hasobject:
        return _array(np.asarray(values), encode)
    numpy_kind = getattr(values.dtype, "numpy_dtype", np.dtype(object)).kind
    if numpy_kind in "biufcmM" and not pd.isna(values).any():  # numbers seen through pandas, with no gaps
        return _array(np.asarray(values, dtype=values.dtype.numpy_dtype), encode)
    items = [None if _is_missing(item) else encode(item) for item in pd.Series(values).astype(object).tolist()]
    return {"shape": [len(items)], "items": items}


def _is_missing(item: Any) -> bool:
    import pandas as pd

    try:
        return item is None or (bool(pd.isna(item)) and not isinstance(item, float))
    except (TypeError, ValueError):
        return False


def _index(index: Any, encode: Any) -> dict[str, Any]:
    import pandas as pd

    if isinstance(index, pd.MultiIndex):
        values = {"shape": [len(index)], "items": [encode(tuple(item)) for item in index.tolist()]}
    else:
        values = _column(index.array, encode)
    return {"names": [encode(name) for name in index.names], "dtype": str(index.dtype), "values": values}


def _encode_pandas(value: Any, encode: Any) -> Any:
    import pandas as pd

    if isinstance(value, pd.DataFrame):
        return {
            TAG_FRAME: {
                "columns": _index(value.columns, encode),
                "index": _index(value.index, encode),
                "dtypes": [str(dtype) for dtype in value.dtypes],
                "data": [_column(value.iloc[:, position].array, encode) for position in range(value.shape[1])],
            }
        }
    if isinstance(value, pd.Series):
        return {
            TAG_SERIES: {
                "name": encode(value.name),
                "dtype": str(value.dtype),
                "index": _index(value.index, encode),
                "values": _column(value.array, encode),
            }
        }
    if isinstance(value, pd.Index):
        return {TAG_INDEX: _index(value, encode)}
    if isinstance(value, pd.Timestamp | pd.Timedelta) or value is pd.NaT:
        return _scalar_time(value)
    if value is pd.NA:
        return None
    return None


# ------------------------------------------------------------------------------------------------ figures


def _figure_of(value: Any) -> Any:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure, SubFigure

    if isinstance(value, Figure):
        return value
    if isinstance(value, Axes | SubFigure):
        return value.get_figure(root=True) if hasattr(value, "get_figure") else value.figure
    return None


def _colour(value: Any) -> str | None:
    from matplotlib.colors import to_hex

    try:
        return to_hex(value, keep_alpha=False)
    except (ValueError, TypeError):
        return None


def _numbers(values: Any) -> list[Any]:
    import numpy as np

    array = np.asarray(values)
    if array.dtype.kind in "Mm":
        import matplotlib.dates as mdates

        array = mdates.date2num(array)
    try:
        floats = np.asarray(array, dtype=float).ravel()[:MAX_POINTS]
    except (TypeError, ValueError):  # categorical axes hold strings
        return [str(item) for item in array.ravel()[:MAX_POINTS]]
    return [None if np.isnan(item) else float(item) for item in floats]


def _visible_label(label: str) -> str | None:
    return None if not label or label.startswith("_") else label


def _lines(axes: Any) -> list[dict[str, Any]]:
    return [
        {
            "label": _visible_label(line.get_label()),
            "x": _numbers(line.get_xdata()),
            "y": _numbers(line.get_ydata()),
            "color": _colour(line.get_color()),
            "linestyle": line.get_linestyle(),
            "marker": str(line.get_marker()) if line.get_marker() not in (None, "None", "") else None,
        }
        for line in axes.get_lines()
    ]


def _bars(axes: Any) -> list[dict[str, Any]]:
    """Every bar container (``bar``, ``barh``, ``hist``) as its rectangles' positions and sizes."""
    from matplotlib.container import BarContainer

    described = []
    for container in axes.containers:
        if not isinstance(container, BarContainer):
            continue
        patches = list(container.patches)
        described.append(
            {
                "label": _visible_label(container.get_label() or ""),
                "orientation": getattr(container, "orientation", None) or "vertical",
                "x": [float(p.get_x()) for p in patches],
                "y": [float(p.get_y()) for p in patches],
                "width": [float(p.get_width()) for p in patches],
                "height": [float(p.get_height()) for p in patches],
                "color": _colour(patches[0].get_facecolor()) if patches else None,
            }
        )
    return described


def _scatters(axes: Any) -> list[dict[str, Any]]:
    from matplotlib.collections import PathCollection

    described = []
    for collection in axes.collections:
        if not isinstance(collection, PathCollection):
            continue
        offsets = collection.get_offsets()
        described.append(
            {
                "label": _visible_label(collection.get_label()),
                "x": _numbers(offsets[:, 0]) if len(offsets) else [],
                "y": _numbers(offsets[:, 1]) if len(offsets) else [],
                "color": _colour(collection.get_facecolors()[0]) if len(collection.get_facecolors()) else None,
                "sizes": _numbers(collection.get_sizes()),
            }
        )
    return described


def _grids(axes: Any) -> list[dict[str, Any]]:
    """Every grid of colours (``imshow``, ``matshow``, ``pcolormesh``, a seaborn heatmap): the values it colours, in
    the order of its array, the values its colour scale runs between (``vmin``, ``vmax``), and its colour map. A colour
    bar's own strip of colours is not one: the bar is told by its axes, its scale by the grid it belongs to."""
    import numpy as np
    from matplotlib.collections import QuadMesh

    if _is_colorbar(axes):
        return []
    described = []
    for grid in [*axes.get_images(), *(c for c in axes.collections if isinstance(c, QuadMesh))]:
        values = grid.get_array()
        if values is None:
            continue
        array = np.ma.asarray(values)
        filled = array.astype(float).filled(np.nan) if array.dtype.kind in "biuf" else np.asarray(array)
        low, high = grid.get_clim()
        described.append(
            {
                "shape": list(array.shape),
                "values": _numbers(filled),
                "clim": _numbers([np.nan if low is None else low, np.nan if high is None else high]),
                "cmap": grid.get_cmap().name,
            }
        )
    return described


def _texts(axes: Any) -> list[dict[str, Any]]:
    from matplotlib.text import Annotation

    texts = []
    for text in axes.texts:
        entry = {"text": text.get_text(), "position": _numbers(text.get_position())}
        if isinstance(text, Annotation):
            entry["xy"] = _numbers(text.xy)
        texts.append(entry)
    return texts


def _describe_axes(axes: Any) -> dict[str, Any]:
    legend = axes.get_legend()
    return {
        "title": axes.get_title(),
        "xlabel": axes.get_xlabel(),
        "ylabel": axes.get_ylabel(),
        "xlim": _numbers(axes.get_xlim()),
        "ylim": _numbers(axes.get_ylim()),
        "xscale": axes.get_xscale(),
        "yscale": axes.get_yscale(),
        "xticklabels": [label.get_text() for label in axes.get_xticklabels()],
        "yticklabels": [label.get_text() for label in axes.get_yticklabels()],
        "legend": [text.get_text() for text in legend.get_texts()] if legend is not None else None,
        "lines": _lines(axes),
        "bars": _bars(axes),
        "scatters": _scatters(axes),
        "grids": _grids(axes),
        "texts": _texts(axes),
        "colorbar": _is_colorbar(axes),
    }


def _is_colorbar(axes: Any) -> bool:
    return getattr(axes, "_colorbar", None) is not None  # matplotlib marks a colour bar's axes so


def describe_figure(figure: Any) -> dict[str, Any]:
    """A figure as plain data. Drawing it first makes tick labels and limits what the learner would see."""
    figure.canvas.draw()
    suptitle = figure.get_suptitle() if hasattr(figure, "get_suptitle") else ""
    return {
        "size": [float(size) for size in figure.get_size_inches()],
        "suptitle": suptitle,
        "axes": [_describe_axes(axes) for axes in figure.get_axes() if axes.get_visible()],
    }


# ------------------------------------------------------------------------------------------------ decoding


def decode_data(tag: str, data: Any, decode: Any) -> Any:
    """The judge's side: plain data back into numpy and pandas objects (never unpickling anything)."""
    if tag == TAG_FIGURE:
        return FigureDescription(data)
    if tag == TAG_TENSOR:
        values = _decode_array(data["values"], decode)
        if REAL_TENSORS:
            import torch

            tensor = torch.as_tensor(values, dtype=getattr(torch, data["dtype"].removeprefix("torch.")))
            return tensor.requires_grad_(data["requires_grad"])
        return TensorValue(values, data["dtype"], data["requires_grad"])
    import pandas as pd

    if tag == TAG_NDARRAY:
        return _decode_array(data, decode)
    if tag == TAG_TIMESTAMP:
        return pd.Timestamp(data)
    if tag == TAG_TIMEDELTA:
        return pd.Timedelta(data)
    if tag == TAG_INDEX:
        return _decode_index(data, decode)
    if tag == TAG_SERIES:
        values = _decode_values(data["values"], data["dtype"], decode)
        return pd.Series(values, index=_decode_index(data["index"], decode), name=decode(data["name"]))
    if tag == TAG_FRAME:
        columns = _decode_index(data["columns"], decode)
        index = _decode_index(data["index"], decode)
        frame = pd.DataFrame(
            {
                position: _decode_values(values, dtype, decode)
                for position, (values, dtype) in enumerate(zip(data["data"], data["dtypes"], strict=True))
            },
            index=index,
        )
        frame.columns = columns
        return frame
    raise ValueError(f"unknown tag {tag}")


def _decode_array(data: dict[str, Any], decode: Any) -> Any:
    import numpy as np

    if "npy" in data:
        return np.load(io.BytesIO(base64.b64decode(data["npy"])), allow_pickle=False)
    array = np.empty(len(data["items"]), dtype=object)
    array[:] = [decode(item) for item in data["items"]]
    return array.reshape(data["shape"])


def _decode_values(data: dict[str, Any], dtype: str, decode: Any) -> Any:
    import pandas as pd

    values = _decode_array(data, decode)
    if "items" not in data:
        return values
    try:
        return pd.array(list(values), dtype=dtype)  # "str", "category", "Int64"... come back as they were
    except (TypeError, ValueError):
        return pd.array(list(values), dtype=object)


def _decode_index(data: dict[str, Any], decode: Any) -> Any:
    import pandas as pd

    names = [decode(name) for name in data["names"]]
    values = _decode_values(data["values"], data["dtype"], decode)
    if len(names) > 1:
        return pd.MultiIndex.from_tuples(list(values), names=names)
    try:
        return pd.Index(values, name=names[0], dtype=data["dtype"])
    except (TypeError, ValueError):
        return pd.Index(values, name=names[0])
