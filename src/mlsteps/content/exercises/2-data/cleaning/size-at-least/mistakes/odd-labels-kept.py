SIZES = ["XS", "S", "M", "L", "XL"]


def at_least(orders, smallest):
    smaller = SIZES[: SIZES.index(smallest)]
    return orders[~orders["size"].isin(smaller)]
