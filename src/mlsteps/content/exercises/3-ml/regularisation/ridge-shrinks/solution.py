import numpy as np
from sklearn.linear_model import Ridge
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler


def coefficient_sizes(X, y, alphas):
    """For each alpha: the Euclidean length of a scaled Ridge model's weights, rounded to 3."""
    sizes = []
    for alpha in alphas:
        model = make_pipeline(StandardScaler(), Ridge(alpha=alpha)).fit(X, y)
        sizes.append(round(float(np.linalg.norm(model[-1].coef_)), 3))
    return sizes
