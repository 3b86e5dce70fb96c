import pandas as pd


def week_on_week(days):
    """Return the % change of rentals from the same weekday a week before, rounded to 1 decimal."""
    rentals = days.set_index(pd.to_datetime(days["date"]))["rentals"]
    return (rentals.pct_change(periods=7) * 100).round(1).rename("change_pct")
