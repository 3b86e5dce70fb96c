def features_and_target(table, target):
    """Return (X, y): X holds every column but `target`, y is the `target` column."""
    X = table.drop(columns=target)
    y = table[target]
    return X, y
