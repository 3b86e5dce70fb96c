def features_and_target(table, target):
    X = table.drop(columns=[target])
    y = table[[target]]
    return X, y
