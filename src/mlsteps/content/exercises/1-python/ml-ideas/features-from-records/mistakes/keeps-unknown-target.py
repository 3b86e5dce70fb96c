def features_and_target(records, features, target):
    if target in features:
        raise ValueError("target in features")
    X, y = [], []
    for record in records:
        X.append([record.get(name) for name in features])
        y.append(record.get(target))
    return X, y
