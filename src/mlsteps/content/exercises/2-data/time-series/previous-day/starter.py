import pandas as pd


def daily_change(days):
    """Return rentals minus the previous calendar day's, indexed by date; NaN where that day is missing."""
    return pd.Series(dtype=float, name="change")
