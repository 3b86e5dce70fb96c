import matplotlib.pyplot as plt


def plot_scores(scores, metric, higher_is_better):
    """A bar chart of the models' scores, best first, whose title states the finding."""
    order = sorted(scores, key=lambda name: (-scores[name], name))
    best, second = order[0], order[1]
    fig, ax = plt.subplots()
    ax.bar(order, [scores[name] for name in order])
    ax.set_ylabel(metric)
    ax.set_title(f"{best} does best: {metric} {scores[best]:.2f}, against {scores[second]:.2f} for {second}")
    return fig
