import numpy as np


def unit_prices(baskets, totals):
    return totals @ np.linalg.inv(baskets)
