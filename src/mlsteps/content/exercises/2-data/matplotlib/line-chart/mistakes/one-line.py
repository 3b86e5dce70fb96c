import matplotlib.pyplot as plt


def plot_temperatures(temps):
    fig, ax = plt.subplots()
    everything = [t for city in sorted(temps) for t in temps[city]]
    ax.plot(range(1, len(everything) + 1), everything, label="all")
    ax.set_title("Monthly mean temperature")
    ax.set_xlabel("Month")
    ax.set_ylabel("Temperature (°C)")
    ax.legend()
    return fig
