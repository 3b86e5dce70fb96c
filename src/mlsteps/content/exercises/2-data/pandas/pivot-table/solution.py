def revenue_table(orders):
    """Return the total revenue of each region (rows) and product (columns); 0 where nothing was sold."""
    with_revenue = orders.assign(revenue=orders["units"] * orders["unit_price"])
    return with_revenue.pivot_table(index="region", columns="product", values="revenue", aggfunc="sum", fill_value=0)
