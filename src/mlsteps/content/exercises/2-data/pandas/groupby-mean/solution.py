def mean_units_by_region(orders):
    """Return a Series: the mean units per order of each region, rounded to 2 decimals."""
    return orders.groupby("region")["units"].mean().round(2)
