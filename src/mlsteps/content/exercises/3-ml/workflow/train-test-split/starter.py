from sklearn.model_selection import train_test_split  # noqa: F401  (you will need it)


def split(X, y, seed):
    """Return (X_train, X_test, y_train, y_test): 20% for testing, shuffled with `seed`, stratified by y."""
    # Replace this: it puts every row in both parts.
    return X, X, y, y
