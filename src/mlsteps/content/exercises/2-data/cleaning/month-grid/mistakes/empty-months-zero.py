import pandas as pd


def month_grid(days):
    dates = pd.to_datetime(days["date"])
    totals = days.groupby([dates.dt.year, dates.dt.month])["rentals"].sum()
    return totals.unstack(fill_value=0).reindex(columns=range(1, 13), fill_value=0)
