import numpy as np
from sklearn.linear_model import Ridge


def coefficient_sizes(X, y, alphas):
    sizes = []
    for alpha in alphas:
        model = Ridge(alpha=alpha).fit(X, y)
        sizes.append(round(float(np.linalg.norm(model.coef_)), 3))
    return sizes
