def with_revenue(orders):
    """Return a new DataFrame: `orders` plus a column `revenue` = units × unit_price."""
    result = orders.copy()
    # Add the revenue column to result here.
    return result
