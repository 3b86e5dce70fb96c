import matplotlib.pyplot as plt


def plot_weather_panels(days):
    fig, (left, right) = plt.subplots(1, 2, figsize=(10, 4))
    left.plot(days["day"], days["temp_c"])
    plt.title("Temperature (°C)")
    right.bar(days["day"], days["rain_mm"])
    plt.title("Rain (mm)")
    return fig
