def order_totals_with_apply(orders):
    def total(row):
        price = row["units"] * row["unit_price"]
        if row["units"] >= 10:
            price = price * 0.9
        return price

    return orders.apply(total, axis=1)
