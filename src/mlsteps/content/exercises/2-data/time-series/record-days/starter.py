import pandas as pd


def record_days(days):
    """Return True for each day with more rentals than every day before it (the first day is not a record)."""
    return pd.Series(dtype=bool, name="record")
