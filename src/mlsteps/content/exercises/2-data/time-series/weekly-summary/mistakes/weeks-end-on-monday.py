import pandas as pd


def weekly_summary(days):
    daily = days.set_index(pd.to_datetime(days["date"]))
    weeks = daily.resample("W-MON", label="left")
    return weeks.agg({"rentals": "sum", "temp_c": "mean", "rain_mm": "max"})
