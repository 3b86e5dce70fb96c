def split(X, y, seed):
    cut = int(len(X) * 0.8)
    return X[:cut], X[cut:], y[:cut], y[cut:]
