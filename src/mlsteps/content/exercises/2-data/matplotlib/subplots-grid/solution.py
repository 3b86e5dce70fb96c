import matplotlib.pyplot as plt


def plot_weather_panels(days):
    """Return a figure with two axes side by side: temperature as a line (left), rain as bars (right)."""
    fig, (left, right) = plt.subplots(1, 2, figsize=(10, 4))
    left.plot(days["day"], days["temp_c"])
    left.set_title("Temperature (°C)")
    right.bar(days["day"], days["rain_mm"])
    right.set_title("Rain (mm)")
    return fig
