import numpy as np
from sklearn.linear_model import Ridge
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler


def coefficient_sizes(X, y, alphas):
    sizes = []
    for alpha in alphas:
        model = make_pipeline(StandardScaler(), Ridge(alpha=alpha)).fit(X, y)
        sizes.append(round(float(np.abs(model[-1].coef_).sum()), 3))
    return sizes
