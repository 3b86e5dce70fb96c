def normalise_counts(counts):
    """Return a new dict mapping each key of `counts` to its share of the total."""
    # Work out the total, then each share, here.
    return {}
