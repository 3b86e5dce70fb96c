import matplotlib.pyplot as plt


def plot_depot_spread(parcels):
    """Return a chart comparing the delivery hours of standard parcels across depots."""
    fig, ax = plt.subplots()
    return fig
