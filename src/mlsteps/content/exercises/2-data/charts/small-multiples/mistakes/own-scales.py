import matplotlib.pyplot as plt
import pandas as pd


def plot_years(days):
    dates = pd.to_datetime(days["date"])
    totals = days.groupby([dates.dt.year, dates.dt.month])["rentals"].sum()
    years = list(totals.index.get_level_values(0).unique())
    fig, axes = plt.subplots(1, len(years), squeeze=False, figsize=(4 * len(years), 4))
    for ax, year in zip(axes[0], years, strict=True):
        months = totals.loc[year]
        ax.plot(months.index, months.to_numpy())
        ax.set_title(str(year))
        ax.set_xlabel("Month")
    axes[0][0].set_ylabel("Bikes rented in the month")
    return fig
