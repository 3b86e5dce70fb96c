import matplotlib.pyplot as plt


def plot_temperatures(temps):
    """Return a figure with one labelled line per city, a title, axis labels and a legend."""
    fig, ax = plt.subplots()
    for city in sorted(temps):
        values = temps[city]
        ax.plot(range(1, len(values) + 1), values, label=city)
    ax.set_title("Monthly mean temperature")
    ax.set_xlabel("Month")
    ax.set_ylabel("Temperature (°C)")
    ax.legend()
    return fig
