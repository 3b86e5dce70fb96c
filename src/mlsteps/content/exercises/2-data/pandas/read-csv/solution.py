import pandas as pd


def load_orders(path):
    """Read the orders file at `path` into a DataFrame, with the date column as dates."""
    return pd.read_csv(path, parse_dates=["date"])
