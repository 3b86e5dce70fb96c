def pick_orders(orders, low, high, regions):
    return orders.query("not (`unit price` < @low or `unit price` > @high) and region in @regions")
