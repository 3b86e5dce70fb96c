import matplotlib.pyplot as plt


def plot_temperature_histogram(temps, bins):
    fig, ax = plt.subplots()
    ax.hist(temps)
    ax.set_title("Daily mean temperature")
    ax.set_xlabel("Temperature (°C)")
    ax.set_ylabel("Number of days")
    return fig
