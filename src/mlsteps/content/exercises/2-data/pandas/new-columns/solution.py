def with_revenue(orders):
    """Return a new DataFrame: `orders` plus a column `revenue` = units × unit_price."""
    return orders.assign(revenue=orders["units"] * orders["unit_price"])
