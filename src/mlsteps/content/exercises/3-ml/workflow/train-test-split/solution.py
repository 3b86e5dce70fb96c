from sklearn.model_selection import train_test_split


def split(X, y, seed):
    """Return (X_train, X_test, y_train, y_test): 20% for testing, shuffled with `seed`, stratified by y."""
    X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=seed, stratify=y)
    return X_train, X_test, y_train, y_test
