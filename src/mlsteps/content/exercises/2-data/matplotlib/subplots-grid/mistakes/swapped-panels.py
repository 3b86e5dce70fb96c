import matplotlib.pyplot as plt


def plot_weather_panels(days):
    fig, (left, right) = plt.subplots(1, 2, figsize=(10, 4))
    left.bar(days["day"], days["rain_mm"])
    left.set_title("Rain (mm)")
    right.plot(days["day"], days["temp_c"])
    right.set_title("Temperature (°C)")
    return fig
