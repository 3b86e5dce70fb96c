import math


def regression_errors(truth, predicted):
    """Return the mean absolute, mean squared and root mean squared errors of predictions."""
    # Check the lists, compute each error, then the three averages.
    return {"mae": 0.0, "mse": 0.0, "rmse": 0.0}
