import math


def regression_errors(truth, predicted):
    errors = [actual - guess for actual, guess in zip(truth, predicted)]
    if not errors:
        raise ValueError("nothing to score")
    mse = sum(error**2 for error in errors) / len(errors)
    mae = sum(abs(error) for error in errors) / len(errors)
    return {"mae": mae, "mse": mse, "rmse": math.sqrt(mse)}
