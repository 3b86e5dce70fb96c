import matplotlib.pyplot as plt


def save_chart(values, path):
    fig, ax = plt.subplots(figsize=(6, 4))
    ax.plot(range(1, len(values) + 1), values)
    fig.savefig(path)
    plt.close(fig)
    return path
