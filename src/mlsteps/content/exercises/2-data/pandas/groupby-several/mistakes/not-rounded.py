def product_summary(orders):
    return orders.groupby("product").agg(
        orders=("order_id", "count"),
        mean_units=("units", "mean"),
        max_price=("unit_price", "max"),
    )
