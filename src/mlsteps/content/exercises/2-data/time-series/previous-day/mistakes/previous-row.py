import pandas as pd


def daily_change(days):
    rentals = days.set_index(pd.to_datetime(days["date"]))["rentals"].sort_index()
    return rentals.diff().rename("change")
