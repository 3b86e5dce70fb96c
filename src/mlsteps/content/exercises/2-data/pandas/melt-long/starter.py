import pandas as pd


def to_long(wide):
    """Return one row per city and month, with the columns city, month and rain_mm."""
    # Turn the month columns into rows here.
    return pd.DataFrame()
