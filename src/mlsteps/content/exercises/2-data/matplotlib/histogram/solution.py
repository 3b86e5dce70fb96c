import matplotlib.pyplot as plt


def plot_temperature_histogram(temps, bins):
    """Return a figure with a histogram of temps in `bins` bins, a title and axis labels."""
    fig, ax = plt.subplots()
    ax.hist(temps, bins=bins)
    ax.set_title("Daily mean temperature")
    ax.set_xlabel("Temperature (°C)")
    ax.set_ylabel("Number of days")
    return fig
