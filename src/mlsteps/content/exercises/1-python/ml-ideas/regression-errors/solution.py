import math


def regression_errors(truth, predicted):
    """Return the mean absolute, mean squared and root mean squared errors of predictions."""
    if len(truth) != len(predicted) or not truth:
        raise ValueError("need two non-empty lists of the same length")
    errors = [actual - guess for actual, guess in zip(truth, predicted, strict=True)]
    mse = sum(error**2 for error in errors) / len(errors)
    mae = sum(abs(error) for error in errors) / len(errors)
    return {"mae": mae, "mse": mse, "rmse": math.sqrt(mse)}
