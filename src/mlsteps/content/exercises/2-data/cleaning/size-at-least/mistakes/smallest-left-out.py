import pandas as pd

SIZES = ["XS", "S", "M", "L", "XL"]


def at_least(orders, smallest):
    sizes = orders["size"].astype(pd.CategoricalDtype(SIZES, ordered=True))
    return orders[sizes > smallest]
