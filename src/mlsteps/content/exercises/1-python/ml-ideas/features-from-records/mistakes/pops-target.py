def features_and_target(records, features, target):
    if target in features:
        raise ValueError("target in features")
    X, y = [], []
    for record in records:
        answer = record.pop(target, None)
        if answer is None:
            continue
        X.append([record.get(name) for name in features])
        y.append(answer)
    return X, y
