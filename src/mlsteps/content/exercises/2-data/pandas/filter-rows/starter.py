def bulk_orders(orders, region, min_units):
    """Return the orders from `region` with at least `min_units` units, keeping their row labels."""
    # Build one mask per condition, join them, and keep the matching rows.
    return orders.head(0)
