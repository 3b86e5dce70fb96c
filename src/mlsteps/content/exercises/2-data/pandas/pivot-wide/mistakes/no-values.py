def temperatures_side_by_side(weather):
    return weather.pivot(index="date", columns="city")
