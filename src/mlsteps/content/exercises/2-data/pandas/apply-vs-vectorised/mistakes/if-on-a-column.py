def order_totals(orders):
    total = orders["units"] * orders["unit_price"]
    if orders["units"] >= 10:
        total = total * 0.9
    return total
