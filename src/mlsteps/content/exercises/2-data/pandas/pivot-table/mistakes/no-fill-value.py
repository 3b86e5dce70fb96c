def revenue_table(orders):
    with_revenue = orders.assign(revenue=orders["units"] * orders["unit_price"])
    return with_revenue.pivot_table(index="region", columns="product", values="revenue", aggfunc="sum")
