import matplotlib.pyplot as plt


def plot_depot_spread(parcels):
    """Return a chart comparing the delivery hours of standard parcels across depots: one box per depot."""
    standard = parcels[(parcels["service"] == "standard") & parcels["hours"].notna()]
    depots = sorted(standard["depot"].unique())
    fig, ax = plt.subplots()
    ax.boxplot([standard.loc[standard["depot"] == depot, "hours"] for depot in depots], tick_labels=depots)
    ax.set_xlabel("Depot")
    ax.set_ylabel("Delivery time of standard parcels (hours)")
    return fig
