import pandas as pd


def units_by(orders, part):
    dates = pd.to_datetime(orders["date"])
    numbers = dates.dt.month if part == "month" else dates.dt.weekday
    return orders.groupby(numbers)["units"].sum()
