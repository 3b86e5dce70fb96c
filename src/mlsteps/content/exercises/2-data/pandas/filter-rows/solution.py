def bulk_orders(orders, region, min_units):
    """Return the orders from `region` with at least `min_units` units, keeping their row labels."""
    in_region = orders["region"] == region
    big_enough = orders["units"] >= min_units
    return orders[in_region & big_enough]
