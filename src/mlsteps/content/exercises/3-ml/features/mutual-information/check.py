import numpy as np
import pandas as pd
from sklearn.feature_selection import mutual_info_regression

from mlsteps.engine.cases import case


def kiosk(seed, rows, bend):
    """Sales high on hot and on cold days (a U in temperature), rising with ads, falling a little with price."""
    draw = np.random.default_rng(seed)
    X = pd.DataFrame(
        {
            "temperature": draw.uniform(0, 40, rows).round(1),
            "ads": draw.uniform(0, 10, rows).round(1),
            "price": draw.uniform(2, 4, rows).round(2),
            "day_number": draw.normal(0, 1, rows).round(2),
        }
    )
    sales = 100 + bend * (X["temperature"] - 20) ** 2 + 8 * X["ads"] - 10 * X["price"] + draw.normal(0, 10, rows)
    return X, sales.round(1).rename("sales")


def _safe_k(X, y, wanted):
    """A k where the k-th and the next score are clearly apart, so the answer does not hang on a tie."""
    scores = np.sort(mutual_info_regression(X, y, random_state=0))[::-1]
    for k in [wanted, 2, 1, 3]:
        if k < len(scores) and scores[k - 1] - scores[k] > 0.02:
            return k
    return 1


def cases(rng):
    X, y = kiosk(0, 300, 0.5)
    yield case(X, y, 2, label="the example: an ice-cream kiosk")
    for number in range(3):
        X, y = kiosk(rng.randint(0, 10_000), rng.randint(200, 400), rng.uniform(0.3, 0.8))
        order = list(X.columns)
        rng.shuffle(order)
        X = X[order]
        yield case(
            X, y, _safe_k(X, y, rng.choice([2, 3])), label=f"another kiosk, columns in another order ({number + 1})"
        )


def diagnose(case, expected, got):
    if not isinstance(got, list | tuple) or list(got) == list(expected):
        return None
    X, y, k = case.args
    by_correlation = X.corrwith(y).abs().sort_values(ascending=False).index[:k].tolist()
    reversed_order = list(got) == list(expected)[::-1]
    if reversed_order and list(got) == by_correlation:
        return (
            "Two things can give this answer; check both. The most informative column comes first (not last). "
            "And rank by mutual information, not by correlation, which only sees straight-line relations."
        )
    if reversed_order:
        return "The right columns, from the least to the most informative: put the most informative first."
    if list(got) == by_correlation:
        return (
            "This is the ranking by correlation, which only sees straight-line relations: temperature drives "
            "sales at both ends of its scale, so its correlation is near 0. Rank by mutual information."
        )
    return None
