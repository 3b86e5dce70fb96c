import matplotlib.pyplot as plt


def plot_correlations(frame):
    """Return a heatmap of the number columns' correlations, with a colour bar from -1 to 1 and the values."""
    table = frame.corr(numeric_only=True)
    names = list(table.columns)
    fig, ax = plt.subplots()
    image = ax.imshow(table, vmin=-1, vmax=1, cmap="RdBu_r")
    fig.colorbar(image, ax=ax, label="correlation")
    ax.set_xticks(range(len(names)), names, rotation=45, ha="right")
    ax.set_yticks(range(len(names)), names)
    for row in range(len(names)):
        for column in range(len(names)):
            ax.text(column, row, f"{table.iloc[row, column]:.2f}", ha="center", va="center")
    return fig
