import matplotlib.pyplot as plt


def plot_revenue_by_region(orders, regions):
    """Return a figure with one bar per region (in the order of `regions`) showing its total revenue."""
    revenue = orders["units"] * orders["unit_price"]
    totals = revenue.groupby(orders["region"]).sum().reindex(regions)
    fig, ax = plt.subplots()
    ax.bar(totals.index, totals.values)
    ax.set_title("Revenue per region")
    ax.set_ylabel("Revenue (€)")
    return fig
