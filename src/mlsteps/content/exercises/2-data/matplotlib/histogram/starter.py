import matplotlib.pyplot as plt


def plot_temperature_histogram(temps, bins):
    """Return a figure with a histogram of temps in `bins` bins, a title and axis labels."""
    fig, ax = plt.subplots()
    # Draw the histogram and add the words here.
    return fig
