import matplotlib.pyplot as plt


def plot_box_by_group(frame, value, group):
    """Return a figure with one upright box of `value` per group, groups in alphabetical order."""
    fig, ax = plt.subplots()
    return fig
