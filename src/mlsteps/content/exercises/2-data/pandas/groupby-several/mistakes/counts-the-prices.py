def product_summary(orders):
    summary = orders.groupby("product").agg(
        orders=("unit_price", "count"),
        mean_units=("units", "mean"),
        max_price=("unit_price", "max"),
    )
    return summary.round(2)
