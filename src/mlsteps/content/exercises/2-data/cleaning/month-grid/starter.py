import pandas as pd


def month_grid(days):
    """Return total rentals with one row per year and one column per month (1 to 12); NaN where no data."""
    return pd.DataFrame()
