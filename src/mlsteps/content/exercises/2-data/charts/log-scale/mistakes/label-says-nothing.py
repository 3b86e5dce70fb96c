import matplotlib.pyplot as plt


def _scale(values):
    return "log" if values.max() / values.min() >= 100 else "linear"


def plot_with_scales(frame, x, y):
    fig, ax = plt.subplots()
    ax.scatter(frame[x], frame[y])
    ax.set_xscale(_scale(frame[x]))
    ax.set_yscale(_scale(frame[y]))
    ax.set_xlabel(x)
    ax.set_ylabel(y)
    return fig
