import math


def regression_errors(truth, predicted):
    if len(truth) != len(predicted) or not truth:
        raise ValueError("bad lists")
    errors = [actual - guess for actual, guess in zip(truth, predicted)]
    mse = sum(error**2 for error in errors) / len(errors)
    mae = sum(errors) / len(errors)
    return {"mae": mae, "mse": mse, "rmse": math.sqrt(mse)}
