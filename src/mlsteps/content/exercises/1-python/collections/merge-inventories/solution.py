def merge_stock(a, b):
    """Return a new dict with the counts of `a` and `b` added together, item by item."""
    merged = dict(a)
    for item, count in b.items():
        merged[item] = merged.get(item, 0) + count
    return merged
