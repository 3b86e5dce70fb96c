import numpy as np
import pandas as pd
from sklearn.ensemble import RandomForestRegressor

MODEL = RandomForestRegressor(n_estimators=30, max_depth=10, random_state=0)


def make_features(table):
    """The model's columns: a day counter (for the growth), weather, weekend, and the season on a circle."""
    dates = pd.to_datetime(table["date"])
    angle = 2 * np.pi * dates.dt.day_of_year / 365.25
    return pd.DataFrame(
        {
            "day_number": (dates - pd.Timestamp("2022-01-01")).dt.days,
            "temp_c": table["temp_c"],
            "rain_mm": table["rain_mm"],
            "weekend": (dates.dt.day_of_week >= 5).astype(int),
            "season_sin": np.sin(angle),
            "season_cos": np.cos(angle),
        },
        index=table.index,
    )


def honest_mae(days):
    """Train on the earliest 80% of the days, in date order; return the MAE on the latest 20%, rounded to 1."""
    ordered = days.sort_values("date")
    cut = int(len(ordered) * 0.8)
    past, future = ordered.iloc[:cut], ordered.iloc[cut:]
    model = MODEL.fit(make_features(past), past["rentals"])
    errors = (model.predict(make_features(future)) - future["rentals"]).abs()
    return round(float(errors.mean()), 1)
