import matplotlib.pyplot as plt


def plot_box_by_group(frame, value, group):
    fig, ax = plt.subplots()
    ax.boxplot(frame[value].dropna())
    ax.set_ylabel(value)
    return fig
