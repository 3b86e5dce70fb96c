def product_summary(orders):
    """Return one row per product: number of orders, mean units (2 decimals) and highest unit price."""
    summary = orders.groupby("product").agg(
        orders=("order_id", "count"),
        mean_units=("units", "mean"),
        max_price=("unit_price", "max"),
    )
    return summary.round({"mean_units": 2})
