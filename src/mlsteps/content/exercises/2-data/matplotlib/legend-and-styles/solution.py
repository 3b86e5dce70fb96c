import matplotlib.pyplot as plt


def plot_sales_vs_target(sales, target):
    """Return a figure with the sales (solid, dots) and the target (dashed) as labelled lines, and a legend."""
    months = range(1, len(sales) + 1)
    fig, ax = plt.subplots()
    ax.plot(months, sales, "o-", label="Sales")
    ax.plot(months, target, "--", label="Target")
    ax.legend()
    return fig
