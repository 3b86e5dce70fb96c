import pandas as pd


def weekly_average(days):
    """Return the mean rentals of each day and the 6 days before it, indexed by date; NaN for the first 6 days."""
    rentals = days.set_index(pd.to_datetime(days["date"]))["rentals"]
    return rentals.rolling(7).mean().rename("average")
