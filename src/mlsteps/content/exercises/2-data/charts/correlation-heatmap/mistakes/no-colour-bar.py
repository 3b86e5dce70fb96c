import matplotlib.pyplot as plt


def plot_correlations(frame):
    table = frame.corr(numeric_only=True)
    names = list(table.columns)
    fig, ax = plt.subplots()
    ax.imshow(table, vmin=-1, vmax=1, cmap="RdBu_r")
    ax.set_xticks(range(len(names)), names)
    ax.set_yticks(range(len(names)), names)
    for row in range(len(names)):
        for column in range(len(names)):
            ax.text(column, row, f"{table.iloc[row, column]:.2f}", ha="center", va="center")
    return fig
