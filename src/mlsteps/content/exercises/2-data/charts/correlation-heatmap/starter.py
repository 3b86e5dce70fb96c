import matplotlib.pyplot as plt


def plot_correlations(frame):
    """Return a heatmap of the number columns' correlations, with a colour bar from -1 to 1 and the values."""
    fig, ax = plt.subplots()
    return fig
