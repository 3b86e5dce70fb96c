def temperatures_side_by_side(weather):
    return weather.pivot(index="city", columns="date", values="temp_c")
