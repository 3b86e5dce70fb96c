import matplotlib.pyplot as plt


def plot_monthly_units(monthly):
    """Return a figure where the DataFrame has drawn its units per month as a line."""
    fig, ax = plt.subplots()
    monthly.plot(x="month", y="units", kind="line", ax=ax, title="Units sold per month")
    return fig
