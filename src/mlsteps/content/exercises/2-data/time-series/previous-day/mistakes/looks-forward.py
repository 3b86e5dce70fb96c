import pandas as pd


def daily_change(days):
    rentals = days.set_index(pd.to_datetime(days["date"]))["rentals"].sort_index()
    change = rentals - rentals.shift(-1, freq="D")
    return change.reindex(rentals.index).rename("change")
