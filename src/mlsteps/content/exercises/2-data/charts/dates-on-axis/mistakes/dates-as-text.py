import matplotlib.pyplot as plt


def plot_daily_and_trend(days):
    fig, ax = plt.subplots()
    ax.plot(days["date"], days["rentals"], label="daily")
    ax.plot(days["date"], days["rentals"].rolling(28).mean(), label="28-day mean")
    ax.set_ylabel("Bikes rented")
    ax.legend()
    return fig
