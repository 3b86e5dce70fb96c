import matplotlib.pyplot as plt


def plot_area_price(homes):
    """Return a figure with a scatter plot of price (y) against area (x), with a title and axis labels."""
    fig, ax = plt.subplots()
    ax.scatter(homes["area_m2"], homes["price_eur"])
    ax.set_title("Price against living area")
    ax.set_xlabel("Area (m²)")
    ax.set_ylabel("Price (€)")
    return fig
