def order_totals(orders):
    return orders.apply(
        lambda row: row["units"] * row["unit_price"] * (0.9 if row["units"] >= 10 else 1.0),
        axis=1,
    )
