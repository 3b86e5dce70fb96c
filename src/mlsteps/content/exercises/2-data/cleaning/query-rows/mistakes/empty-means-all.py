def pick_orders(orders, low, high, regions):
    if not regions:
        return orders.query("@low <= `unit price` <= @high")
    return orders.query("@low <= `unit price` <= @high and region in @regions")
