def mean_units_by_region(orders):
    return orders.groupby("region")["units"].mean()
