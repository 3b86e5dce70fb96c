def group_by(records, key):
    """Return a dict from each value of `key` to the list of records having it, in input order."""
    groups = {}
    # Put each record into its group here.
    return groups
