import matplotlib.pyplot as plt


def plot_late_share(parcels):
    """Return a line chart of the weekly share (%) of late parcels, one line per service, weeks by their Monday."""
    promise = parcels["service"].map({"express": 24, "standard": 72})
    late = ~(parcels["hours"] <= promise)
    table = parcels.assign(late=late * 100.0).set_index("sent")
    weekly = table.groupby("service")["late"].resample("W-MON", label="left", closed="left").mean()
    fig, ax = plt.subplots()
    for service, share in weekly.groupby(level="service"):
        ax.plot(share.index.get_level_values("sent"), share.to_numpy(), label=service)
    ax.set_ylabel("Late parcels (% of the week's parcels)")
    ax.set_xlabel("Week (starting Monday)")
    ax.legend()
    return fig
