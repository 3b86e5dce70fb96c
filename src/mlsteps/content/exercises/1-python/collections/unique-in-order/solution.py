def unique_in_order(items):
    """Return a new list of the distinct items of `items`, in the order they first appear."""
    seen = set()
    result = []
    for item in items:
        if item not in seen:
            seen.add(item)
            result.append(item)
    return result
