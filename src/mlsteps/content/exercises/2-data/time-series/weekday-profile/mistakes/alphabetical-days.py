import pandas as pd


def weekday_profile(days):
    dates = pd.to_datetime(days["date"])
    return days.groupby(dates.dt.day_name())["rentals"].mean().round(1)
