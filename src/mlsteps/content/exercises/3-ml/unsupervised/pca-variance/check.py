import numpy as np
import pandas as pd
from sklearn.datasets import load_breast_cancer, load_wine
from sklearn.decomposition import PCA
from threadpoolctl import threadpool_limits

from mlsteps.engine.cases import case


def sensors(seed, rows):
    """A few hidden factors seen through many noisy sensors, each in its own units."""
    draw = np.random.default_rng(seed)
    factors = draw.normal(size=(rows, int(draw.integers(3, 6))))
    columns = int(draw.integers(8, 16))
    mixing = draw.normal(size=(factors.shape[1], columns))
    readings = factors @ mixing + draw.normal(0, 0.5, size=(rows, columns))
    units = draw.choice([0.01, 1.0, 1.0, 1000.0], size=columns)
    return pd.DataFrame((readings * units).round(4), columns=[f"sensor_{n}" for n in range(1, columns + 1)])


def cases(rng):
    wine = load_wine(as_frame=True)
    yield case(wine.data, 0.8, label="the example: 13 measurements of wines, 80%")
    yield case(wine.data, 0.5, label="the example: 13 measurements of wines, 50%")
    cancer = load_breast_cancer(as_frame=True)
    yield case(cancer.data, 0.9, label="30 measurements of breast tissue, 90%")
    for number in range(3):
        yield case(
            sensors(rng.randint(0, 10_000), rng.randint(80, 200)),
            rng.choice([0.8, 0.9]),
            label=f"sensors in mixed units ({number + 1})",
        )


def diagnose(case, expected, got):
    if not isinstance(got, int) or isinstance(got, bool) or got == expected:
        return None
    X, share = case.args
    with threadpool_limits(1):  # small problems: one thread is faster than many
        ratios = PCA().fit(X).explained_variance_ratio_
    raw = int(np.argmax(np.cumsum(ratios) >= share)) + 1
    short = (
        f"your count is one short: the first {got} components hold less than {share:.0%} of the variance. The "
        "first index where the running total reaches the share is a position counted from 0; the number of "
        "components is that position plus 1"
    )
    unscaled = (
        "the count the raw columns give, where the columns with the biggest units hold nearly all the variance: "
        "the columns must be standardised before PCA"
    )
    if got == expected - 1 and got == raw:
        return f"Two things can give this answer; check both: {short}; and it is also {unscaled}."
    if got == expected - 1:
        return short[0].upper() + short[1:] + "."
    if got == raw:
        return "This is " + unscaled + "."
    return None
