import pandas as pd


def load_orders(path):
    """Read the orders file at `path` into a DataFrame, with the date column as dates."""
    # Read the file with pd.read_csv here.
    return pd.DataFrame()
