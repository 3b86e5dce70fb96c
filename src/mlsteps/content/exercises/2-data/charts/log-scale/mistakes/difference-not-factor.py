import matplotlib.pyplot as plt


def _scale(values):
    return "log" if values.max() - values.min() >= 100 else "linear"


def plot_with_scales(frame, x, y):
    fig, ax = plt.subplots()
    ax.scatter(frame[x], frame[y])
    x_scale, y_scale = _scale(frame[x]), _scale(frame[y])
    ax.set_xscale(x_scale)
    ax.set_yscale(y_scale)
    ax.set_xlabel(x + (" (log scale)" if x_scale == "log" else ""))
    ax.set_ylabel(y + (" (log scale)" if y_scale == "log" else ""))
    return fig
