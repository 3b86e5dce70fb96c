def fill_temperatures(weather):
    result = weather.copy()
    result["temp_c"] = result["temp_c"].fillna(result["temp_c"].mean())
    return result
