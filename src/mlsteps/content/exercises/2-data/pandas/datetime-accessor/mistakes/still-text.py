def units_by(orders, part):
    dates = orders["date"]
    names = dates.dt.month_name() if part == "month" else dates.dt.day_name()
    return orders.groupby(names)["units"].sum()
