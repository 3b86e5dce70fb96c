import pandas as pd


def monthly_weather(weather, city):
    """Return one row per month (dated by its first day): the city's mean temperature and total rain."""
    # Keep the city's rows, give them a DatetimeIndex, resample by month, then reset the index.
    return pd.DataFrame()
