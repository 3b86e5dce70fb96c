import pandas as pd

WEEK = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def weekday_profile(days):
    dates = pd.to_datetime(days["date"])
    means = days.groupby(dates.dt.day_name())["rentals"].mean().round(1)
    return means.reindex(WEEK)
