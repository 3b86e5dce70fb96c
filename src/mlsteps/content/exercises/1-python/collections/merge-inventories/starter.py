def merge_stock(a, b):
    """Return a new dict with the counts of `a` and `b` added together, item by item."""
    merged = {}
    # Fill `merged` here, without changing `a` or `b`.
    return merged
