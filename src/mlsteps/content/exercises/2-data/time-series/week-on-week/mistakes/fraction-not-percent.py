import pandas as pd


def week_on_week(days):
    rentals = days.set_index(pd.to_datetime(days["date"]))["rentals"]
    return rentals.pct_change(periods=7).round(3).rename("change_pct")
