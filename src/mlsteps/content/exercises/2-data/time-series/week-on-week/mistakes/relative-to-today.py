import pandas as pd


def week_on_week(days):
    rentals = days.set_index(pd.to_datetime(days["date"]))["rentals"]
    change = (rentals - rentals.shift(7)) / rentals * 100
    return change.round(1).rename("change_pct")
