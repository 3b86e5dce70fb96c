def features_and_target(records, features, target):
    X, y = [], []
    for record in records:
        if record.get(target) is None:
            continue
        X.append([record.get(name) for name in features])
        y.append(record[target])
    return X, y
