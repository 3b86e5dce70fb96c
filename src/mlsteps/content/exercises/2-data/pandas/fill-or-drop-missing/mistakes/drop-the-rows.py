def fill_temperatures(weather):
    return weather.dropna(subset=["temp_c"])
