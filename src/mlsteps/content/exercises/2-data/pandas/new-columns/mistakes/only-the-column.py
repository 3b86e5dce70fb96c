def with_revenue(orders):
    return orders["units"] * orders["unit_price"]
