import pandas as pd


def weekly_summary(days):
    daily = days.set_index(pd.to_datetime(days["date"]))
    return daily.resample("W").agg({"rentals": "sum", "temp_c": "mean", "rain_mm": "max"})
