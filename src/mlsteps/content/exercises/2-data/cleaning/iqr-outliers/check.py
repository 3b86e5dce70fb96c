import io

import numpy as np
import pandas as pd

from mlsteps.engine.cases import case, dataset

HOUSING = pd.read_csv(io.StringIO(dataset("housing.csv")))


def cases(rng):
    yield case(pd.Series([5, 9, 4, -3, 6, 5, 15, 2, None, 4, 6, 5]), label="the example")
    yield case(pd.Series([2.0, 4, 4, 4, 6, 6, 6, 8, 9]), label="9 sits exactly on the high fence")
    yield case(pd.Series([1.0, 2, 4, 4, 4, 6, 6, 6, 8]), label="1 sits exactly on the low fence")
    yield case(pd.Series([-40.0, 10, 11, 12, 12, 13, 14]), label="an outlier only on the low side")
    yield case(pd.Series([3.0, None, 3.5, 4, None, 30], index=[10, 11, 12, 13, 14, 15]), label="missing values")
    yield case(HOUSING["price_eur"], label="prices of housing.csv")
    yield case(HOUSING["age_years"], label="ages of housing.csv, 15 missing")
    for _ in range(4):
        values = [float(rng.randint(0, 20)) for _ in range(rng.randint(8, 25))]
        values += [rng.choice([-30.0, 45.0, 60.0]) for _ in range(rng.randint(0, 2))]
        values += [np.nan] * rng.randint(0, 2)
        rng.shuffle(values)
        yield case(pd.Series(values, name="value"), label="random whole numbers, some equal to a fence")


def _flags(values, low, high, inclusive=False):
    if inclusive:
        return (values <= low) | (values >= high)
    return (values < low) | (values > high)


def diagnose(case, expected, got):
    (values,) = case.args
    if not isinstance(got, pd.Series) or len(got) != len(values):
        return None
    have = [bool(flag) for flag in got.fillna(False)]
    q1, q3 = values.quantile(0.25), values.quantile(0.75)
    low, high = q1 - 1.5 * (q3 - q1), q3 + 1.5 * (q3 - q1)
    if any(flag and value != value for flag, value in zip(have, values, strict=True)):
        return (
            "A missing value is not an outlier: there is no value to be extreme. Testing \"not between the "
            "fences\" turns every NaN into True; test \"below the low fence or above the high one\" instead."
        )
    if have == list(_flags(values, low, high, inclusive=True)):
        return f"A value exactly on a fence ({low:g} or {high:g}) is not an outlier: only values beyond a fence are."
    if have == list(values > high) and (values < low).any():
        return f"The values below the low fence ({low:g}) are outliers too, not only the high ones."
    mean, sd = values.mean(), values.std()
    if any(have) and any(flag != want for flag, want in zip(have, expected, strict=True)) and set(values[have]) <= set(
        values[(values - mean).abs() > sd]
    ):
        return (
            "These flags do not follow the IQR rule: the fences come from the quartiles (Q1 and Q3), which the "
            "extreme values do not drag, not from the mean and the standard deviation, which they do."
        )
    return None
