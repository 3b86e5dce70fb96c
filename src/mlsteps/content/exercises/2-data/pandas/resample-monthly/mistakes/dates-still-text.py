def monthly_weather(weather, city):
    days = weather[weather["city"] == city].set_index("date")
    return days.resample("MS").agg({"temp_c": "mean", "rain_mm": "sum"}).reset_index()
