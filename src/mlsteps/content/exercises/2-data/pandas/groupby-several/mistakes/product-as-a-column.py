def product_summary(orders):
    summary = orders.groupby("product", as_index=False).agg(
        orders=("order_id", "count"),
        mean_units=("units", "mean"),
        max_price=("unit_price", "max"),
    )
    return summary.round(2)
