import matplotlib.pyplot as plt


def plot_with_scales(frame, x, y):
    fig, ax = plt.subplots()
    ax.scatter(frame[x], frame[y])
    wide = frame[x].max() / frame[x].min() >= 100 or frame[y].max() / frame[y].min() >= 100
    if wide:
        ax.set_xscale("log")
        ax.set_yscale("log")
    note = " (log scale)" if wide else ""
    ax.set_xlabel(x + note)
    ax.set_ylabel(y + note)
    return fig
