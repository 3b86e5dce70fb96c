import numpy as np
import pandas as pd
from sklearn.model_selection import train_test_split

from mlsteps.engine.cases import case

NUMERIC = ["age", "monthly_fee", "visits_per_month"]
CATEGORICAL = ["plan", "city"]
SCALER_MEANS = "steps.0.1.transformers_.0.1.mean_"
MODEL_WIDTH = "steps.1.1.n_features_in_"


def members(seed, rows=400):
    """A gym's members: will they renew? Plan and city matter, and some plans were never recorded."""
    draw = np.random.default_rng(seed)
    plan = draw.choice(["basic", "plus", "premium"], rows, p=[0.5, 0.3, 0.2])
    city = draw.choice(["Leipzig", "Lyon", "Oslo", "Porto"], rows)
    age = draw.integers(18, 70, rows)
    fee = np.select([plan == "basic", plan == "plus"], [20.0, 35.0], 55.0) + draw.normal(0, 3, rows).round(1)
    visits = draw.poisson(6, rows)
    odds = (
        -2.5
        + 0.6 * visits
        - 0.05 * (age - 40)
        + np.select([plan == "basic", plan == "plus"], [-1.5, 0.5], 1.5)
        + np.select([city == "Oslo", city == "Porto"], [1.5, -1.0], 0.0)
    )
    renewed = (draw.random(rows) < 1 / (1 + np.exp(-odds))).astype(int)
    table = pd.DataFrame({"age": age, "monthly_fee": fee, "visits_per_month": visits, "plan": plan, "city": city})
    table.loc[draw.random(rows) < 0.08, "plan"] = np.nan
    return table, pd.Series(renewed, name="renewed")


def cases(rng):
    for number in range(4):
        X, y = members(rng.randint(0, 2**32 - 1))
        X_train, X_test, y_train, y_test = train_test_split(
            X, y, test_size=0.25, stratify=y, random_state=rng.randint(0, 10_000)
        )
        label = f"a new draw of gym members ({number + 1})"
        if number == 3:  # the gym opens in a new city: the held-out rows hold a category training never had
            X_test = X_test.copy()
            X_test.loc[X_test.index[::7], "city"] = "Bergen"
            label = "new members, some from Bergen, a city no training row has"
        yield case(
            X_train,
            y_train,
            NUMERIC,
            CATEGORICAL,
            predict=X_test,
            truth=y_test.to_numpy(),
            observe=[MODEL_WIDTH, SCALER_MEANS],
            label=label,
        )


def verify(case, got, observed):
    """How many columns reached the model, and what the scaler learned, in words (never the internal paths)."""
    X_train, _y, numeric, categorical = case.args
    width = observed.get(MODEL_WIDTH)
    means = observed.get(SCALER_MEANS)
    wanted = len(numeric) + sum(X_train[column].nunique(dropna=False) for column in categorical)
    if width == len(numeric):
        return (
            f"your model saw only the {len(numeric)} number columns: a ColumnTransformer drops every column you do "
            "not name in it, so the categories never reached the model. The `categorical` columns need a step too."
        )
    if width == len(numeric) + len(categorical):
        return (
            "each category column reached the model as one single column. One-hot encoding gives every category "
            "its own 0/1 column instead."
        )
    if isinstance(width, int) and width != wanted:
        return (
            f"{width} columns reached the model; the number columns and one 0/1 column per category of the "
            f"training rows (a missing plan counts as one) make {wanted}."
        )
    if not isinstance(means, np.ndarray):
        return (
            "the first transformer should be a StandardScaler on the `numeric` columns, but the number columns "
            "were not scaled (or the steps are not in the order the prompt gives)."
        )
    if means.shape != (len(numeric),) or not np.allclose(means, X_train[numeric].mean()):
        return "the scaler's means are not those of the training rows' number columns: fit it on those only."
    return None
