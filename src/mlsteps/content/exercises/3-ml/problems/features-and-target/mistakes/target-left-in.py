def features_and_target(table, target):
    X = table
    y = table[target]
    return X, y
