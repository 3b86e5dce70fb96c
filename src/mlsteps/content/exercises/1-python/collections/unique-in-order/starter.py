def unique_in_order(items):
    """Return a new list of the distinct items of `items`, in the order they first appear."""
    result = []
    # Fill `result` here.
    return result
