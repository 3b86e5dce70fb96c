import matplotlib.pyplot as plt


def plot_top_products(units):
    """Return a figure with horizontal bars for the 5 best-selling products, the largest at the top."""
    fig, ax = plt.subplots()
    # Pick the top five, draw the bars and add the words here.
    return fig
