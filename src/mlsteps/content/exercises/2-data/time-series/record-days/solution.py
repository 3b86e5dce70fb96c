import pandas as pd


def record_days(days):
    """Return True for each day with more rentals than every day before it (the first day is not a record)."""
    rentals = days.set_index(pd.to_datetime(days["date"]))["rentals"]
    best_before = rentals.shift(1).expanding().max()
    return (rentals > best_before).rename("record")
