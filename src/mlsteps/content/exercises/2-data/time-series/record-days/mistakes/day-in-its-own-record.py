import pandas as pd


def record_days(days):
    rentals = days.set_index(pd.to_datetime(days["date"]))["rentals"]
    best_before = rentals.expanding().max()
    return (rentals >= best_before).rename("record")
