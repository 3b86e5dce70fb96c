import matplotlib.pyplot as plt
import pandas as pd


def plot_daily_and_trend(days):
    rentals = days.set_index(pd.to_datetime(days["date"]))["rentals"]
    fig, ax = plt.subplots()
    ax.plot(rentals.index, rentals)
    ax.plot(rentals.index, rentals.rolling(28).mean())
    ax.set_ylabel("Bikes rented")
    return fig
