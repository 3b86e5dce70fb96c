def features_and_target(records, features, target):
    """Split records (dicts) into X (rows of feature values, in the order of `features`) and y (targets)."""
    if target in features:
        raise ValueError(f"the target {target!r} cannot also be a feature")
    X, y = [], []
    for record in records:
        if record.get(target) is None:
            continue
        X.append([record.get(name) for name in features])
        y.append(record[target])
    return X, y
