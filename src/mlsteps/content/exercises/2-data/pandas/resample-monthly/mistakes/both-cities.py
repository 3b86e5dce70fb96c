import pandas as pd


def monthly_weather(weather, city):
    days = weather.assign(date=pd.to_datetime(weather["date"])).set_index("date")
    return days.resample("MS").agg({"temp_c": "mean", "rain_mm": "sum"}).reset_index()
