import pandas as pd


def every_day(days):
    rentals = days.set_index(pd.to_datetime(days["date"]))["rentals"].astype(float)
    return rentals.interpolate().rename("rentals")
