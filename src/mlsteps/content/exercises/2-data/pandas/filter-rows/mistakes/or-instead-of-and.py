def bulk_orders(orders, region, min_units):
    return orders[(orders["region"] == region) | (orders["units"] >= min_units)]
