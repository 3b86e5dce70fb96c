import matplotlib.pyplot as plt


def save_chart(values, path):
    """Draw values as a line on a 6 x 4 inch figure, save it to path as a PNG at 120 dpi, and return path."""
    fig, ax = plt.subplots(figsize=(6, 4))
    ax.plot(range(1, len(values) + 1), values)
    fig.savefig(path, dpi=120)
    plt.close(fig)
    return path
