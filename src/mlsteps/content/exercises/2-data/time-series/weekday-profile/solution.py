import calendar

import pandas as pd


def weekday_profile(days):
    """Return the mean rentals per weekday (named), Monday first, rounded to 1 decimal."""
    dates = pd.to_datetime(days["date"])
    means = days.groupby(dates.dt.day_of_week)["rentals"].mean().round(1)
    return means.rename(index=lambda number: calendar.day_name[number])
