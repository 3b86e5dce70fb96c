import numpy as np


def order_totals(orders):
    discount = np.where(orders["units"] > 10, 0.9, 1.0)
    return orders["units"] * orders["unit_price"] * discount
