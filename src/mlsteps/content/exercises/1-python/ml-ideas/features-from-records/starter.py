def features_and_target(records, features, target):
    """Split records (dicts) into X (rows of feature values, in the order of `features`) and y (targets)."""
    X = []
    y = []
    # Fill X and y here.
    return X, y
