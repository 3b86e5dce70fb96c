import pandas as pd


def weekly_summary(days):
    """Return one row per Monday-to-Sunday week, labelled by its Monday: total rentals, mean temp, max rain."""
    return pd.DataFrame()
