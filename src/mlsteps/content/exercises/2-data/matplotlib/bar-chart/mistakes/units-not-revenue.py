import matplotlib.pyplot as plt


def plot_revenue_by_region(orders, regions):
    totals = orders.groupby("region")["units"].sum().reindex(regions)
    fig, ax = plt.subplots()
    ax.bar(totals.index, totals.values)
    ax.set_title("Revenue per region")
    ax.set_ylabel("Revenue (€)")
    return fig
