import matplotlib.pyplot as plt


def plot_daily_and_trend(days):
    """Return a figure with the daily rentals and their 28-day trailing mean against real dates, with a legend."""
    fig, ax = plt.subplots()
    ax.plot(days["date"], days["rentals"])
    return fig
