import matplotlib.pyplot as plt


def plot_visitors(visitors):
    """Return a figure with the daily visitors as a line, and the first highest day marked and annotated "peak"."""
    days = range(1, len(visitors) + 1)
    peak = max(visitors)
    peak_day = visitors.index(peak) + 1  # index() finds the first; days count from 1
    fig, ax = plt.subplots()
    ax.plot(days, visitors)
    ax.scatter([peak_day], [peak], color="red")
    ax.annotate("peak", xy=(peak_day, peak))
    return fig
