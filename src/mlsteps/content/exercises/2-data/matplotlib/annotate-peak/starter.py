import matplotlib.pyplot as plt


def plot_visitors(visitors):
    """Return a figure with the daily visitors as a line, and the first highest day marked and annotated "peak"."""
    fig, ax = plt.subplots()
    # Draw the line, find the peak, then mark and annotate it here.
    return fig
