import matplotlib.pyplot as plt
import pandas as pd


def plot_daily_and_trend(days):
    rentals = days.set_index(pd.to_datetime(days["date"]))["rentals"]
    fig, ax = plt.subplots()
    ax.plot(rentals.index, rentals, label="daily")
    ax.plot(rentals.index, rentals.rolling(28).mean(), label="28-day mean")
    ax.legend()
    return fig
