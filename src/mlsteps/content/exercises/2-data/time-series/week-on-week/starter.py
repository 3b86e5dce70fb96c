import pandas as pd


def week_on_week(days):
    """Return the % change of rentals from the same weekday a week before, rounded to 1 decimal."""
    return pd.Series(dtype=float, name="change_pct")
