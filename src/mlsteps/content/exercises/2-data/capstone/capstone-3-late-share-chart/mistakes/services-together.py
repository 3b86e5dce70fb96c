import matplotlib.pyplot as plt


def plot_late_share(parcels):
    promise = parcels["service"].map({"express": 24, "standard": 72})
    late = ~(parcels["hours"] <= promise)
    table = parcels.assign(late=late * 100.0).set_index("sent")
    weekly = table.groupby("service")["late"].resample("W-MON", label="left", closed="left").mean()
    fig, ax = plt.subplots()
    overall = table["late"].resample("W-MON", label="left", closed="left").mean()
    ax.plot(overall.index, overall.to_numpy(), label="all parcels")
    ax.set_ylabel("Late parcels (% of the week's parcels)")
    ax.set_xlabel("Week (starting Monday)")
    ax.legend()
    return fig
