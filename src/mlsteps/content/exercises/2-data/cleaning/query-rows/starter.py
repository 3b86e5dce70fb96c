def pick_orders(orders, low, high, regions):
    """Return the orders whose unit price is from low to high (inclusive) and whose region is in regions."""
    return orders
