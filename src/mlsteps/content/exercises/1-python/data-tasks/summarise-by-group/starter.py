def summarise(records, group, value):
    """Return {group: {"count": n, "mean": m, "min": lo, "max": hi}} for the `value` field of each group."""
    result = {}
    # Gather the values of each group, then summarise each one here.
    return result
