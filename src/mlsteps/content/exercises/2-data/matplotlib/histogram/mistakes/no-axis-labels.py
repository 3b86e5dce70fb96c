import matplotlib.pyplot as plt


def plot_temperature_histogram(temps, bins):
    fig, ax = plt.subplots()
    ax.hist(temps, bins=bins)
    ax.set_title("Daily mean temperature")
    return fig
