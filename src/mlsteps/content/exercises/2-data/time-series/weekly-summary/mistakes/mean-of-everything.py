import pandas as pd


def weekly_summary(days):
    daily = days.set_index(pd.to_datetime(days["date"]))[["rentals", "temp_c", "rain_mm"]]
    return daily.resample("W-MON", label="left", closed="left").mean()
