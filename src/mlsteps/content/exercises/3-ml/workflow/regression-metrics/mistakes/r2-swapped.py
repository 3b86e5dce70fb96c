from sklearn.metrics import mean_absolute_error, r2_score, root_mean_squared_error


def regression_scores(y_true, y_pred):
    return {
        "mae": round(mean_absolute_error(y_pred, y_true), 3),
        "rmse": round(root_mean_squared_error(y_pred, y_true), 3),
        "r2": round(r2_score(y_pred, y_true), 3),
    }
