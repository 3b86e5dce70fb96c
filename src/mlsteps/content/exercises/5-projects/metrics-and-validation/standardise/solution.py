def standardise(X_train, X_test):
    """Scale both arrays with the mean and standard deviation of each column of X_train."""
    means = X_train.mean(axis=0)
    stds = X_train.std(axis=0)
    stds[stds == 0] = 1.0  # a constant column: nothing to divide by, so it only gets centred
    return (X_train - means) / stds, (X_test - means) / stds
