import pandas as pd


def every_day(days):
    """Return rentals for every calendar day from first to last; missing days on a straight line."""
    rentals = days.set_index(pd.to_datetime(days["date"]))["rentals"].astype(float)
    return rentals.asfreq("D").interpolate().rename("rentals")
