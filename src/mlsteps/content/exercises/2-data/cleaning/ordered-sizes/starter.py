SIZES = ["XS", "S", "M", "L", "XL"]


def size_counts(sizes):
    """Return how many orders had each size, XS to XL in size order, 0 for sizes nobody bought."""
    return sizes.value_counts()
