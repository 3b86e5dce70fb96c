import matplotlib.pyplot as plt


def plot_revenue_by_region(orders, regions):
    orders = orders.assign(revenue=orders["units"] * orders["unit_price"])
    totals = orders.groupby("region")["revenue"].sum()
    fig, ax = plt.subplots()
    ax.bar(totals.index, totals.values)
    ax.set_title("Revenue per region")
    ax.set_ylabel("Revenue (€)")
    return fig
