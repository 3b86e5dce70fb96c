import matplotlib.pyplot as plt


def plot_revenue_by_region(orders, regions):
    revenue = orders["units"] * orders["unit_price"]
    totals = revenue.groupby(orders["region"]).sum().reindex(regions)
    fig, ax = plt.subplots()
    ax.bar(totals.index, totals.values)
    ax.set_title("Revenue per region")
    return fig
