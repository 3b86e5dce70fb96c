import math


def regression_errors(truth, predicted):
    if len(truth) != len(predicted) or not truth:
        raise ValueError("bad lists")
    errors = [actual - guess for actual, guess in zip(truth, predicted)]
    mean_error = sum(errors) / len(errors)
    mse = mean_error**2
    mae = sum(abs(error) for error in errors) / len(errors)
    return {"mae": mae, "mse": mse, "rmse": math.sqrt(mse)}
