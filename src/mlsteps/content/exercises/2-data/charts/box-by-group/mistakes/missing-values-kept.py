import matplotlib.pyplot as plt


def plot_box_by_group(frame, value, group):
    names = sorted(frame[group].unique())
    groups = [frame.loc[frame[group] == name, value] for name in names]
    fig, ax = plt.subplots()
    ax.boxplot(groups, tick_labels=names)
    ax.set_ylabel(value)
    return fig
