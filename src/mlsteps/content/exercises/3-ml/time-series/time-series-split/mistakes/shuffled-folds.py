import pandas as pd
from sklearn.linear_model import Ridge
from sklearn.model_selection import KFold, cross_val_score

MODEL = Ridge()


def make_features(days):
    """Lags (yesterday, a week ago), weather and weekend, in date order; days without a week behind are left out."""
    table = days.sort_values("date").reset_index(drop=True)
    dates = pd.to_datetime(table["date"])
    X = pd.DataFrame(
        {
            "lag_1": table["rentals"].shift(1),
            "lag_7": table["rentals"].shift(7),
            "temp_c": table["temp_c"],
            "rain_mm": table["rain_mm"],
            "weekend": (dates.dt.day_of_week >= 5).astype(int),
        }
    )
    known = X.notna().all(axis=1)
    return X[known], table["rentals"][known]


def time_cv_mae(days):
    X, y = make_features(days)
    scores = cross_val_score(MODEL, X, y, cv=KFold(5, shuffle=True, random_state=0), scoring="neg_mean_absolute_error")
    return round(float(-scores.mean()), 1)
