import matplotlib.pyplot as plt


def plot_area_price(homes):
    """Return a figure with a scatter plot of price (y) against area (x), with a title and axis labels."""
    fig, ax = plt.subplots()
    # Draw the dots and add the words here.
    return fig
