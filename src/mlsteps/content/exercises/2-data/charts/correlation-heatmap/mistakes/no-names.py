import matplotlib.pyplot as plt


def plot_correlations(frame):
    table = frame.corr(numeric_only=True)
    fig, ax = plt.subplots()
    image = ax.imshow(table, vmin=-1, vmax=1, cmap="RdBu_r")
    fig.colorbar(image, ax=ax)
    for row in range(len(table)):
        for column in range(len(table)):
            ax.text(column, row, f"{table.iloc[row, column]:.2f}", ha="center", va="center")
    return fig
