import pandas as pd


def monthly_weather(weather, city):
    days = weather[weather["city"] == city]
    days = days.assign(date=pd.to_datetime(days["date"])).set_index("date")
    return days[["temp_c", "rain_mm"]].resample("MS").mean().reset_index()
