def center_columns(x, n_train):
    return x - x[:n_train].mean(dim=1)
