import matplotlib.pyplot as plt


def plot_late_share(parcels):
    """Return a line chart of the weekly share (%) of late parcels, one line per service, weeks by their Monday."""
    fig, ax = plt.subplots()
    return fig
