import pandas as pd


def week_on_week(days):
    rentals = days.set_index(pd.to_datetime(days["date"]))["rentals"]
    return (rentals.pct_change() * 100).round(1).rename("change_pct")
