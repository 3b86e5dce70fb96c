import matplotlib.pyplot as plt


def plot_depot_spread(parcels):
    standard = parcels[parcels["service"] == "standard"]
    depots = sorted(standard["depot"].unique())
    fig, ax = plt.subplots()
    ax.boxplot([standard.loc[standard["depot"] == depot, "hours"] for depot in depots], tick_labels=depots)
    ax.set_xlabel("Depot")
    ax.set_ylabel("Delivery time of standard parcels (hours)")
    return fig
