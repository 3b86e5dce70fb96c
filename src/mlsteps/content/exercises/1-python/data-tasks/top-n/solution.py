def top_n(records, key, n):
    """Return the n records with the largest `key`, largest first; ties in alphabetical order of "name"."""
    return sorted(records, key=lambda record: (-record[key], record["name"]))[:n]
