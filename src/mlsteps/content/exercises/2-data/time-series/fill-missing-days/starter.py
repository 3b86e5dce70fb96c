import pandas as pd


def every_day(days):
    """Return rentals for every calendar day from first to last; missing days on a straight line."""
    return pd.Series(dtype=float, name="rentals")
