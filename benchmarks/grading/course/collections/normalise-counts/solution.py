def normalise_counts(counts):
    """Return a new dict mapping each key of `counts` to its share of the total."""
    if not counts:
        return {}
    total = sum(counts.values())
    return {key: count / total for key, count in counts.items()}
