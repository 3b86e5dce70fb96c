import pandas as pd


def unusual_days(days, window, k):
    """Return True for days more than k standard deviations from the mean of the `window` days before them."""
    return pd.Series(dtype=bool, name="unusual")
