import matplotlib.pyplot as plt


def plot_correlations(frame):
    table = frame.corr(numeric_only=True)
    names = list(table.columns)
    fig, ax = plt.subplots()
    mesh = ax.pcolormesh(table, vmin=-1, vmax=1, cmap="RdBu_r")
    fig.colorbar(mesh, ax=ax)
    ticks = [position + 0.5 for position in range(len(names))]
    ax.set_xticks(ticks, names)
    ax.set_yticks(ticks, names)
    for row in range(len(names)):
        for column in range(len(names)):
            ax.text(column + 0.5, row + 0.5, f"{table.iloc[row, column]:.2f}", ha="center", va="center")
    return fig
