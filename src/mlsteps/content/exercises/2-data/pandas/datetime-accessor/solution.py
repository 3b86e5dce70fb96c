import pandas as pd


def units_by(orders, part):
    """Return the total units sold in each month ("month") or on each day of the week ("weekday")."""
    dates = pd.to_datetime(orders["date"])
    names = dates.dt.month_name() if part == "month" else dates.dt.day_name()
    return orders.groupby(names)["units"].sum()
