def fill_temperatures(weather):
    result = weather.copy()
    city_means = result.groupby("city")["temp_c"].transform("mean")
    result["temp_c"].fillna(city_means, inplace=True)
    return result
