import numpy as np
import pandas as pd
from sklearn.model_selection import train_test_split

from mlsteps.engine.cases import case

LINEAR = ("_final_estimator.coef_", "coef_")


def insured(seed, rows):
    """Yearly costs high for the young and for the old, lowest around 45; smokers cost more."""
    draw = np.random.default_rng(seed)
    age = draw.integers(18, 81, rows).astype(float)
    smoker = (draw.random(rows) < 0.2).astype(int)
    bmi = draw.normal(27, 4, rows).round(1)
    cost = 2500 + 9 * (age - 45) ** 2 + 4000 * smoker + 120 * (bmi - 27) + draw.normal(0, 900, rows)
    return pd.DataFrame({"age": age, "smoker": smoker, "bmi": bmi}), pd.Series(cost.round(0), name="cost")


def cases(rng):
    for number in range(3):
        people, costs = insured(rng.randint(0, 10_000), rng.randint(300, 450))
        train, new, train_costs, new_costs = train_test_split(
            people, costs, test_size=0.25, random_state=rng.randint(0, 10_000)
        )
        yield case(
            train,
            train_costs,
            predict=new,
            truth=new_costs.to_numpy(),
            observe=LINEAR,
            label=f"insured people and their costs ({number + 1})",
        )


def verify(case, got, observed):
    if all(observed.get(path) is None for path in LINEAR):
        return (
            "The model must end with a linear model (LinearRegression or Ridge): the lesson is to give a straight "
            "line features that let it bend, not to swap the line for a model that bends by itself."
        )
    return None


def diagnose(case, expected, got, inspected):
    predictions = np.asarray(got, dtype=float) if isinstance(got, np.ndarray | list) else None
    if predictions is None or predictions.shape != case.truth.shape:
        return None
    truth = case.truth
    r2 = 1 - np.sum((truth - predictions) ** 2) / np.sum((truth - truth.mean()) ** 2)
    if r2 >= 0.7:
        return None
    new = case.then[1][0].to_numpy(dtype=float)  # the new people the model was asked about
    straight = np.column_stack([np.ones(len(new)), new])
    fitted = straight @ np.linalg.lstsq(straight, predictions, rcond=None)[0]
    if np.allclose(fitted, predictions, atol=1.0):  # a straight function of the raw columns
        return (
            "The costs are high for the young and for the old, and lowest in between, but your predictions move "
            "by the same amount for every extra year: one weight for age draws a straight line through that U. "
            "Give the model age bands (one column per band) so each band gets its own weight."
        )
    return (
        f"Your model reaches an R² of {r2:.2f} on new people, below 0.7. The costs follow a U in age and jump "
        "for smokers: check that each band of ages can get a weight of its own, and compare your choices on "
        "people held out from training."
    )
