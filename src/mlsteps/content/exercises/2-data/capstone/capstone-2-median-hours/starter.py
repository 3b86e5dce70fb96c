import pandas as pd


def median_hours(parcels):
    """Return the median delivery hours per depot (rows) and service (columns), rounded to 1 decimal."""
    return pd.DataFrame()
