import calendar

import pandas as pd


def weekday_profile(days):
    dates = pd.to_datetime(days["date"])
    totals = days.groupby(dates.dt.day_of_week)["rentals"].sum()
    return totals.rename(index=lambda number: calendar.day_name[number])
