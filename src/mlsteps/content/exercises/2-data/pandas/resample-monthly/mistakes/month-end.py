import pandas as pd


def monthly_weather(weather, city):
    days = weather[weather["city"] == city]
    days = days.assign(date=pd.to_datetime(days["date"])).set_index("date")
    return days.resample("ME").agg({"temp_c": "mean", "rain_mm": "sum"}).reset_index()
