import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import KFold, cross_val_score
from threadpoolctl import threadpool_limits

from mlsteps.engine.cases import case

FOLDS = KFold(5, shuffle=True, random_state=0)


def customers(seed, rows, signal):
    """About three customers per postcode; whether they left depends on income (times signal), never on postcode."""
    draw = np.random.default_rng(seed)
    postcode = np.array([f"{number:05d}" for number in draw.choice(np.arange(10_000, 99_999), rows // 3)])
    table = pd.DataFrame({"postcode": draw.choice(postcode, rows), "income": draw.normal(0, 1, rows).round(2)})
    left = (signal * table["income"] + draw.normal(0, 1, rows) > 0).astype(int)
    return table, left.rename("left")


def cases(rng):
    table, left = customers(1, 300, 1.0)
    yield case(table, left, label="the example: income says something, the postcode nothing")
    table, left = customers(2, 300, 0.0)
    yield case(table, left, label="pure chance: nothing to learn, an honest score is near 0.5")
    for number in range(2):
        table, left = customers(rng.randint(0, 10_000), rng.randint(240, 330), rng.choice([0.0, 0.7, 1.2]))
        yield case(table, left, label=f"another table of customers ({number + 1})")


def diagnose(case, expected, got):
    if not isinstance(got, int | float) or isinstance(got, bool) or got == expected:
        return None
    table, left = case.args
    means = left.groupby(table["postcode"]).mean()
    with threadpool_limits(1):  # small problems: one thread is faster than many
        leaky = cross_val_score(
            LogisticRegression(), table.assign(postcode=table["postcode"].map(means)), left, cv=FOLDS
        )
    if got >= expected + 0.05 or round(float(leaky.mean()), 3) == got:
        return (
            "This score is too good: the postcode numbers were computed from the answers of every row, test folds "
            "included, so each test fold helped encode itself. Make the encoder a step of the pipeline, so it is "
            "refitted on the training part of each fold."
        )
    return None
