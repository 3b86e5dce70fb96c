import matplotlib.pyplot as plt


def plot_box_by_group(frame, value, group):
    """Return a figure with one upright box of `value` per group, groups in alphabetical order."""
    names = sorted(frame[group].unique())
    groups = [frame.loc[frame[group] == name, value].dropna() for name in names]
    fig, ax = plt.subplots()
    ax.boxplot(groups, tick_labels=names)
    ax.set_ylabel(value)
    return fig
