import matplotlib.pyplot as plt


def plot_temperatures(temps):
    fig, ax = plt.subplots()
    for city in sorted(temps):
        ax.plot(range(1, len(temps[city]) + 1), temps[city], label=city)
    ax.set_title("Monthly mean temperature")
    ax.set_xlabel("Month")
    ax.set_ylabel("Temperature (°C)")
    return fig
