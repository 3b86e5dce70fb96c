import numpy as np


def order_totals(orders):
    """Return each order's total: units times unit price, 10% off for 10 units or more. No row-by-row loop."""
    discount = np.where(orders["units"] >= 10, 0.9, 1.0)
    return orders["units"] * orders["unit_price"] * discount
