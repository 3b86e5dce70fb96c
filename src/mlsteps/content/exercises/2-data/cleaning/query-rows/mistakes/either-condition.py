def pick_orders(orders, low, high, regions):
    return orders.query("@low <= `unit price` <= @high or region in @regions")
