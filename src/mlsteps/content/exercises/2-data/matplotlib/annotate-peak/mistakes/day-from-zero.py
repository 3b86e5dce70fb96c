import matplotlib.pyplot as plt


def plot_visitors(visitors):
    days = range(1, len(visitors) + 1)
    peak = max(visitors)
    peak_day = visitors.index(peak)
    fig, ax = plt.subplots()
    ax.plot(days, visitors)
    ax.scatter([peak_day], [peak], color="red")
    ax.annotate("peak", xy=(peak_day, peak))
    return fig
