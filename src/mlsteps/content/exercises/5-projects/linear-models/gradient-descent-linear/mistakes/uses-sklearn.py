import numpy as np
from sklearn.linear_model import SGDRegressor


def gradient_descent(X, y, learning_rate, steps):
    model = SGDRegressor(learning_rate="constant", eta0=learning_rate, max_iter=steps).fit(X, y)
    return np.concatenate([model.intercept_, model.coef_])
