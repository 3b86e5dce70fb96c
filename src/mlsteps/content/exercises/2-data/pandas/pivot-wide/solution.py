def temperatures_side_by_side(weather):
    """Return one row per date (the index) and one column per city, holding that day's temperature."""
    return weather.pivot(index="date", columns="city", values="temp_c")
