import pandas as pd


def weekday_profile(days):
    """Return the mean rentals per weekday (named), Monday first, rounded to 1 decimal."""
    return pd.Series(dtype=float, name="rentals")
