from sklearn.metrics import mean_absolute_error, mean_squared_error, r2_score


def regression_scores(y_true, y_pred):
    return {
        "mae": round(mean_absolute_error(y_true, y_pred), 3),
        "rmse": round(mean_squared_error(y_true, y_pred), 3),
        "r2": round(r2_score(y_true, y_pred), 3),
    }
