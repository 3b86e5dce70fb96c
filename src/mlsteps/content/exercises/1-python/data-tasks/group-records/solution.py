def group_by(records, key):
    """Return a dict from each value of `key` to the list of records having it, in input order."""
    groups = {}
    for record in records:
        groups.setdefault(record[key], []).append(record)
    return groups
