def fill_temperatures(weather):
    """Return a copy of `weather` whose missing temp_c values are filled with their city's mean."""
    city_means = weather.groupby("city")["temp_c"].transform("mean")
    return weather.assign(temp_c=weather["temp_c"].fillna(city_means))
