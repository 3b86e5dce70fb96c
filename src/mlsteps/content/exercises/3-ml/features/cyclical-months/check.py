import numpy as np
import pandas as pd

from mlsteps.engine.cases import case


def cases(rng):
    yield case(pd.Series([1.0, 3.0, 12.0, np.nan]), label="the example")
    yield case(pd.Series([12.0, 1.0, 6.0, 7.0], index=[5, 6, 7, 8]), label="December, January, June and July")
    yield case(pd.Series([np.nan, np.nan, 2.0]), label="two missing months")
    for number in range(4):
        size = rng.randint(5, 14)
        values = [float(rng.randint(1, 12)) for _ in range(size)]
        values[rng.randrange(size)] = np.nan
        yield case(pd.Series(values, name="month"), label=f"months of sales records, one missing ({number + 1})")


def _frame(months, angle):
    return pd.DataFrame({"month_sin": np.sin(angle).round(4), "month_cos": np.cos(angle).round(4)})


def _same(got, want):
    got, want = got.to_numpy(dtype=float), want.to_numpy(dtype=float)
    return got.shape == want.shape and np.allclose(got, want, atol=0.00006, equal_nan=True)


def diagnose(case, expected, got):
    if not isinstance(got, pd.DataFrame) or not {"month_sin", "month_cos"} <= set(got.columns):
        return None
    got = got[["month_sin", "month_cos"]].reset_index(drop=True)
    months = case.args[0].reset_index(drop=True)
    if _same(got, _frame(months, months / 12)):
        return (
            "These angles cover only a small part of the circle, so month 12 is far from month 1. The angle is a "
            "full turn times month / 12, 2π × month / 12, which puts month 12 next to month 1."
        )
    if _same(got, _frame(months, 360 * months / 12)) or _same(got, _frame(months, 30 * months)):
        return "These angles are in degrees, but NumPy's sin and cos take radians: a full turn is 2π, not 360."
    if months.isna().any() and not got[months.isna()].isna().all().all():
        return (
            "A missing month must give NaN in both columns; here it got numbers. Filling it with 0 makes it "
            "December (0 and 12 are the same point on the circle), a month nobody recorded."
        )
    return None
