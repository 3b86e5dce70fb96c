import matplotlib.pyplot as plt


def plot_monthly_units(monthly):
    """Return a figure where the DataFrame has drawn its units per month as a line."""
    fig, ax = plt.subplots()
    # Let the DataFrame draw on ax here: monthly.plot(...)
    return fig
