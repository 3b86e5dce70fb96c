def features_and_target(records, features, target):
    if target in features:
        raise ValueError("target in features")
    X, y = [], []
    for record in records:
        if record.get(target) is None:
            continue
        X.append([value for name, value in record.items() if name in features])
        y.append(record[target])
    return X, y
