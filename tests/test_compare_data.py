"""Arrays, frames, series and figures: harmless differences pass, near misses fail with the right words."""

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import pytest

from mlsteps.engine import plain
from mlsteps.engine.compare import first_difference
from mlsteps.engine.difference import CompareOptions
from mlsteps.engine.showing import show

FREE = CompareOptions()
FRAME = pd.DataFrame({"city": ["Oslo", "Lima", "Pune"], "temp": [4.5, 19.0, 27.25], "rain": [1.0, np.nan, 0.0]})


def through_the_boundary(value):
    """What the judge receives: the value encoded by the worker's codec and decoded on the judge's side."""
    return plain.loads(plain.dumps(value))


@pytest.mark.parametrize(
    ("expected", "got", "options"),
    [
        (np.arange(5, dtype=np.float64), np.arange(5, dtype=np.float32), FREE),
        (np.array([1.0, np.nan]), np.array([1.0, np.nan]), FREE),
        (np.array([0.1 + 0.2]), np.array([0.3]), FREE),
        (FRAME, FRAME[["rain", "city", "temp"]], FREE),
        (FRAME.assign(temp=[4.0, 19.0, 27.0]), FRAME.assign(temp=[4, 19, 27]), FREE),
        (FRAME, FRAME.astype({"city": object}), FREE),
        (FRAME.iloc[[2, 0, 1]], FRAME, CompareOptions(row_order=False)),
        (FRAME, FRAME.set_index(pd.Index([7, 8, 9])), CompareOptions(check_index=False)),
        (FRAME["temp"], FRAME["temp"].astype("float32"), FREE),
    ],
    ids=[
        "float32-for-float64",
        "nan-equals-nan",
        "float-rounding",
        "columns-in-another-order",
        "float-column-holding-whole-numbers",
        "text-as-object",
        "row-order-free",
        "index-free",
        "series-float32",
    ],
)
def test_harmless_differences_pass(expected, got, options):
    assert first_difference(through_the_boundary(expected), through_the_boundary(got), options) is None


def test_one_cell_off_names_the_cell_and_shows_rows_side_by_side():
    wrong = FRAME.copy()
    wrong.loc[1, "temp"] = 19.5
    difference = first_difference(through_the_boundary(FRAME), through_the_boundary(wrong), FREE)
    assert "column 'temp'" in difference.reason and "row 1" in difference.reason
    assert "expected 19.0, got 19.5" in difference.reason
    assert "expected" in difference.detail and "got" in difference.detail and "Lima" in difference.detail


def test_a_missing_nan_is_a_difference():
    filled = FRAME.fillna({"rain": 0.0})
    difference = first_difference(through_the_boundary(FRAME), through_the_boundary(filled), FREE)
    assert "column 'rain'" in difference.reason and "expected nan, got 0.0" in difference.reason


def test_array_shape_and_dtype_family_and_first_index():
    assert "shape (2, 3)" in first_difference(np.zeros((2, 3)), np.zeros((3, 2)), FREE).reason
    assert "decimal numbers" in first_difference(np.zeros(3), np.zeros(3, dtype=int), FREE).reason
    reason = first_difference(np.arange(6.0).reshape(2, 3), np.array([[0.0, 1, 2], [3, 4.5, 5]]), FREE).reason
    assert "index (1, 1)" in reason and "expected 4.0, got 4.5" in reason
    assert "turn it into one with np.array" in first_difference(np.arange(3), [0, 1, 2], FREE).reason


def test_frame_structure_differences():
    assert "column 'rain' is missing" in first_difference(FRAME, FRAME.drop(columns="rain"), FREE).reason
    assert (
        "another order"
        in first_difference(FRAME, FRAME[["temp", "city", "rain"]], CompareOptions(column_order=True)).reason
    )
    assert "expected 3 rows, got 2" in first_difference(FRAME, FRAME.head(2), FREE).reason
    assert "expected a Series" in first_difference(FRAME["temp"], FRAME[["temp"]], FREE).reason


def _figure(ylabel="Temperature", bars=3, legend=True):
    fig, ax = plt.subplots()
    ax.bar(["a", "b", "c", "d"][:bars], [1, 2, 3, 4][:bars], label="sales")
    ax.set_title("Sales")
    ax.set_xlabel("Shop")
    ax.set_ylabel(ylabel)
    if legend:
        ax.legend()
    description = through_the_boundary(fig)
    plt.close(fig)
    return description


def test_figures_are_compared_by_description_with_words():
    assert first_difference(_figure(), _figure(), FREE) is None
    assert "the y axis of the plot has no label" in first_difference(_figure(), _figure(ylabel=""), FREE).reason
    assert "says 'Temp'" in first_difference(_figure(), _figure(ylabel="Temp"), FREE).reason
    assert "3 bars expected in the plot, 4 found" in first_difference(_figure(), _figure(bars=4), FREE).reason
    assert "has no legend" in first_difference(_figure(), _figure(legend=False), FREE).reason


def test_a_histogram_is_described_by_its_bins_and_counts():
    fig, ax = plt.subplots()
    ax.hist([1, 2, 2, 3, 3, 3], bins=3)
    [bars] = through_the_boundary(fig)["axes"][0]["bars"]
    plt.close(fig)
    assert bars["height"] == [1.0, 2.0, 3.0]
    assert bars["x"][0] == pytest.approx(1.0) and sum(bars["width"]) == pytest.approx(2.0)


def _heatmap(table, vmin=-1.0, vmax=1.0, mesh=False, colour_bar=True):
    fig, ax = plt.subplots()
    drawn = ax.pcolormesh(table, vmin=vmin, vmax=vmax) if mesh else ax.imshow(table, vmin=vmin, vmax=vmax)
    if colour_bar:
        fig.colorbar(drawn, ax=ax)
    description = through_the_boundary(fig)
    plt.close(fig)
    return description


def test_a_heatmap_is_described_by_its_grid_of_values_and_the_scale_its_colours_run_over():
    table = np.array([[1.0, 0.25], [0.25, 1.0]])
    drawn = _heatmap(table)
    assert show(drawn) == "a figure: 1 grid of colours; a colour bar"  # the bar's own strip is not a grid
    assert drawn["axes"][0]["grids"] == [{"shape": [2, 2], "values": [1.0, 0.25, 0.25, 1.0], "clim": [-1.0, 1.0],
                                          "cmap": "viridis"}]  # fmt: skip
    assert first_difference(drawn, _heatmap(table, mesh=True), FREE) is None  # pcolormesh: the same grid
    scale = first_difference(drawn, _heatmap(table, vmin=0.25), FREE).reason
    assert scale == (
        "the colours of the grid of colours in plot 1 run from 0.25 to 1.0; expected -1.0 to 1.0 "
        "(vmin and vmax fix the scale)"
    )
    swapped = first_difference(drawn, _heatmap(table[::-1]), FREE).reason
    assert swapped == "the grid of colours in plot 1 differs at row 1, column 1: expected 1.0, got 0.25"
    assert "expected 2 plot(s)" in first_difference(drawn, _heatmap(table, colour_bar=False), FREE).reason
    fig, _ = plt.subplots()
    empty = through_the_boundary(fig)
    plt.close(fig)
    missing = first_difference(_heatmap(table, colour_bar=False), empty, FREE).reason
    assert missing == "1 grid of colours (imshow, pcolormesh) expected in the plot, 0 found"


def test_a_figure_described_before_grids_were_compares_as_it_did():
    old = _figure()
    for axes in old["axes"]:
        del axes["grids"], axes["colorbar"]
    assert first_difference(old, _figure(), FREE) is None and first_difference(_figure(), old, FREE) is None


def test_frames_cross_the_boundary_without_pickle_and_keep_their_dtypes():
    frame = pd.DataFrame(
        {
            "when": pd.to_datetime(["2024-01-01", None]),
            "n": pd.array([1, None], dtype="Int64"),
            "name": ["a", None],
            "flag": [True, False],
        },
        index=pd.Index(["x", "y"], name="key"),
    )
    back = through_the_boundary(frame)
    assert "pickle" not in plain.dumps(frame)
    pd.testing.assert_frame_equal(back, frame, check_dtype=False)
    assert str(back["n"].dtype) == "Int64" and back.index.name == "key"


def test_tensors_cross_the_boundary_as_values_dtype_and_gradient_tracking():
    torch = pytest.importorskip("torch")
    from mlsteps.engine.cases import tensor

    expected = through_the_boundary(tensor(np.arange(6.0).reshape(2, 3)))
    tracked = torch.arange(6.0).reshape(2, 3).requires_grad_(True)
    assert first_difference(expected, through_the_boundary(tracked.detach()), FREE) is None
    assert "torch.no_grad()" in first_difference(expected, through_the_boundary(tracked), FREE).reason
    assert "torch.from_numpy" in first_difference(expected, np.arange(6.0).reshape(2, 3), FREE).reason
    assert "expected 1.0, got 0.0" in first_difference(expected, through_the_boundary(torch.zeros(2, 3)), FREE).reason
