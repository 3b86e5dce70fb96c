import matplotlib.pyplot as plt


def plot_top_products(units):
    """Return a figure with horizontal bars for the 5 best-selling products, the largest at the top."""
    top = units.nlargest(5).sort_values()  # smallest first: barh draws the first bar at the bottom
    fig, ax = plt.subplots()
    ax.barh(top.index, top.values)
    ax.set_title("Top 5 products")
    ax.set_xlabel("Units sold")
    return fig
