SIZES = ["XS", "S", "M", "L", "XL"]


def size_counts(sizes):
    counts = sizes[sizes.isin(SIZES)].value_counts()
    return counts.reindex([size for size in SIZES if size in counts.index])
