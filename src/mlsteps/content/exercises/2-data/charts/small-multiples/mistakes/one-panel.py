import matplotlib.pyplot as plt
import pandas as pd


def plot_years(days):
    dates = pd.to_datetime(days["date"])
    totals = days.groupby([dates.dt.year, dates.dt.month])["rentals"].sum()
    fig, ax = plt.subplots()
    for year in totals.index.get_level_values(0).unique():
        months = totals.loc[year]
        ax.plot(months.index, months.to_numpy(), label=str(year))
    ax.set_xlabel("Month")
    ax.set_ylabel("Bikes rented in the month")
    ax.legend()
    return fig
