import matplotlib.pyplot as plt


def plot_temperatures(temps):
    """Return a figure with one labelled line per city, a title, axis labels and a legend."""
    fig, ax = plt.subplots()
    # Draw the lines and add the words here.
    return fig
