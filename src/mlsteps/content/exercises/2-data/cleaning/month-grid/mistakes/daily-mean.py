import pandas as pd


def month_grid(days):
    dates = pd.to_datetime(days["date"])
    means = days.groupby([dates.dt.year, dates.dt.month])["rentals"].mean()
    return means.unstack().reindex(columns=range(1, 13))
