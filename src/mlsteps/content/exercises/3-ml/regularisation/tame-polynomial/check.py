import numpy as np
import pandas as pd
from sklearn.linear_model import LinearRegression
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import PolynomialFeatures, StandardScaler

from mlsteps.engine.cases import case

WEIGHTS = ("_final_estimator.coef_", "coef_")


def readings(seed, count):
    """Noisy readings of one period of a sine wave, at random positions between 0 and 1."""
    draw = np.random.default_rng(seed)
    x = np.sort(draw.uniform(0, 1, count))
    new_x = draw.uniform(x.min(), x.max(), 200)
    wave = np.sin(2 * np.pi * x) + draw.normal(0, 0.2, count)
    new_wave = np.sin(2 * np.pi * new_x) + draw.normal(0, 0.2, 200)
    return pd.DataFrame({"x": x.round(4)}), wave.round(3), pd.DataFrame({"x": new_x.round(4)}), new_wave.round(3)


def _least_squares_r2(points, values, new_points, new_values):
    model = make_pipeline(PolynomialFeatures(degree=12), StandardScaler(), LinearRegression()).fit(points, values)
    predicted = model.predict(new_points)
    return 1 - np.sum((new_values - predicted) ** 2) / np.sum((new_values - new_values.mean()) ** 2)


def cases(rng):
    made = 0
    while made < 3:
        data = readings(rng.randint(0, 10_000), 16)
        if _least_squares_r2(*data) > 0.6:
            continue  # keep the draws where plain least squares visibly overfits
        points, values, new_points, new_values = data
        made += 1
        yield case(
            points,
            values,
            predict=new_points,
            truth=new_values,
            observe=WEIGHTS,
            label=f"16 noisy readings of a wave ({made})",
        )


def verify(case, got, observed):
    weights = next((observed[path] for path in WEIGHTS if observed.get(path) is not None), None)
    if weights is None or np.asarray(weights).size < 12:
        return (
            "Keep all the powers of x up to 12 (PolynomialFeatures(degree=12)) and end with a linear model: the "
            "lesson is to tame many features with a penalty, not to remove them."
        )
    return None


def diagnose(case, expected, got, inspected):
    predictions = np.asarray(got, dtype=float) if isinstance(got, np.ndarray | list) else None
    if predictions is None or predictions.shape != case.truth.shape:
        return None
    spread_got, spread_truth = np.ptp(predictions), np.ptp(case.truth)
    if spread_got < 0.4 * spread_truth:
        return (
            "Your curve is nearly flat: the penalty is so strong that it keeps the weights too small to follow "
            "the wave. Try smaller alphas, and measure which one predicts best."
        )
    if spread_got > 1.3 * spread_truth:
        return (
            "Between the training points your curve makes wild swings far beyond the data: twelve free weights "
            "fit the noise. A penalty (Ridge, with a well-chosen alpha) keeps the curve smooth."
        )
    return None
