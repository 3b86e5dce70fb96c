import matplotlib.pyplot as plt


def plot_weather_panels(days):
    """Return a figure with two axes side by side: temperature as a line (left), rain as bars (right)."""
    fig, ax = plt.subplots()
    # Make two axes instead of one, then draw on each and give each its title.
    return fig
