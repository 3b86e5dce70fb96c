def revenue_table(orders):
    with_revenue = orders.assign(revenue=orders["units"] * orders["unit_price"])
    return with_revenue.pivot_table(index="product", columns="region", values="revenue", aggfunc="sum", fill_value=0)
