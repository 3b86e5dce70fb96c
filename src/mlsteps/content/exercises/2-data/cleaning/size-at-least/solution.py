import pandas as pd

SIZES = ["XS", "S", "M", "L", "XL"]


def at_least(orders, smallest):
    """Return the orders whose size is at least `smallest`, in the order XS < S < M < L < XL."""
    sizes = orders["size"].astype(pd.CategoricalDtype(SIZES, ordered=True))
    return orders[sizes >= smallest]
