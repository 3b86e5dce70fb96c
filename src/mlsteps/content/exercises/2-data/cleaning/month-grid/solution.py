import pandas as pd


def month_grid(days):
    """Return total rentals with one row per year and one column per month (1 to 12); NaN where no data."""
    dates = pd.to_datetime(days["date"])
    totals = days.groupby([dates.dt.year, dates.dt.month])["rentals"].sum()
    return totals.unstack().reindex(columns=range(1, 13))
