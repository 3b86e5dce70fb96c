def pick_orders(orders, low, high, regions):
    picked = orders.query("@low <= `unit price` <= @high and region in @regions")
    return picked.reset_index(drop=True)
