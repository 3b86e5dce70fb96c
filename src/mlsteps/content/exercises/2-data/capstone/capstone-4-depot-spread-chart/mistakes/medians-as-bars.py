import matplotlib.pyplot as plt


def plot_depot_spread(parcels):
    standard = parcels[(parcels["service"] == "standard") & parcels["hours"].notna()]
    depots = sorted(standard["depot"].unique())
    fig, ax = plt.subplots()
    medians = standard.groupby("depot")["hours"].median()
    ax.bar(medians.index, medians.to_numpy())
    ax.set_xlabel("Depot")
    ax.set_ylabel("Delivery time of standard parcels (hours)")
    return fig
