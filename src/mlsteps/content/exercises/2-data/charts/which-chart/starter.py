import matplotlib.pyplot as plt


def answer_with_a_chart(question, days):
    """Return a figure whose chart answers the question about the days."""
    fig, ax = plt.subplots()
    # Choose the chart for each question: "trend", "relationship", "distribution", "groups", "ranking".
    return fig
