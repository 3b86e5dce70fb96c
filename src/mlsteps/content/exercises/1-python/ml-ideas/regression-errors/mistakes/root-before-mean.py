import math


def regression_errors(truth, predicted):
    if len(truth) != len(predicted) or not truth:
        raise ValueError("bad lists")
    errors = [actual - guess for actual, guess in zip(truth, predicted)]
    squares = sum(error**2 for error in errors)
    mae = sum(abs(error) for error in errors) / len(errors)
    return {"mae": mae, "mse": squares / len(errors), "rmse": math.sqrt(squares) / len(errors)}
