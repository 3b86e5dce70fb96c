import pandas as pd


def weekly_average(days):
    rentals = days.set_index(pd.to_datetime(days["date"]))["rentals"]
    return rentals.rolling(7, center=True).mean().rename("average")
