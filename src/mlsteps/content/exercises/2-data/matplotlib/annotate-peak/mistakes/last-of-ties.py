import matplotlib.pyplot as plt


def plot_visitors(visitors):
    peak, peak_day = visitors[0], 1
    for day, count in enumerate(visitors, start=1):
        if count >= peak:
            peak, peak_day = count, day
    fig, ax = plt.subplots()
    ax.plot(range(1, len(visitors) + 1), visitors)
    ax.scatter([peak_day], [peak], color="red")
    ax.annotate("peak", xy=(peak_day, peak))
    return fig
