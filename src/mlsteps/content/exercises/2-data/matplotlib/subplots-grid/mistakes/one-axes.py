import matplotlib.pyplot as plt


def plot_weather_panels(days):
    fig, ax = plt.subplots()
    ax.plot(days["day"], days["temp_c"])
    ax.bar(days["day"], days["rain_mm"])
    ax.set_title("Temperature (°C) and rain (mm)")
    return fig
