def tallest_bin(values, bins):
    """Return the start, end and count of the tallest bar of plt.hist(values, bins=bins); leftmost on a tie."""
    return {"start": None, "end": None, "count": 0}
