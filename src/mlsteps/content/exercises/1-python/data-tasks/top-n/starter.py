def top_n(records, key, n):
    """Return the n records with the largest `key`, largest first; ties in alphabetical order of "name"."""
    # Sort the records with sorted(..., key=...) and keep the first n here.
    return []
