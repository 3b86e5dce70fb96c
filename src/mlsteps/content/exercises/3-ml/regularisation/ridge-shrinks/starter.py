import numpy as np  # noqa: F401  (you will need these)
from sklearn.linear_model import Ridge
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler  # noqa: F401


def coefficient_sizes(X, y, alphas):
    """For each alpha: the Euclidean length of a scaled Ridge model's weights, rounded to 3."""
    # One model, whatever the alpha, and its intercept instead of its weights.
    model = make_pipeline(Ridge()).fit(X, y)
    return [round(float(model[-1].intercept_), 3) for _ in alphas]
