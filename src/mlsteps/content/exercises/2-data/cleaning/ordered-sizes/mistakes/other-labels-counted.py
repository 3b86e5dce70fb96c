SIZES = ["XS", "S", "M", "L", "XL"]


def size_counts(sizes):
    counts = sizes.value_counts()
    order = SIZES + [label for label in counts.index if label not in SIZES]
    return counts.reindex(order, fill_value=0)
