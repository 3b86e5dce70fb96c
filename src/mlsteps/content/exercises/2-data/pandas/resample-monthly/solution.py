import pandas as pd


def monthly_weather(weather, city):
    """Return one row per month (dated by its first day): the city's mean temperature and total rain."""
    days = weather[weather["city"] == city]
    days = days.assign(date=pd.to_datetime(days["date"])).set_index("date")
    return days.resample("MS").agg({"temp_c": "mean", "rain_mm": "sum"}).reset_index()
