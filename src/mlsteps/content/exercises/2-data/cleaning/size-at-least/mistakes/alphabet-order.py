SIZES = ["XS", "S", "M", "L", "XL"]


def at_least(orders, smallest):
    sizes = orders["size"]
    return orders[sizes.isin(SIZES) & (sizes >= smallest)]
