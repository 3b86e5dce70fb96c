from sklearn.metrics import mean_absolute_error, r2_score, root_mean_squared_error


def regression_scores(y_true, y_pred):
    """Return {"mae": ..., "rmse": ..., "r2": ...}, each a float rounded to 3 decimal places."""
    scores = {
        "mae": mean_absolute_error(y_true, y_pred),
        "rmse": root_mean_squared_error(y_true, y_pred),
        "r2": r2_score(y_true, y_pred),
    }
    return {name: round(float(value), 3) for name, value in scores.items()}
