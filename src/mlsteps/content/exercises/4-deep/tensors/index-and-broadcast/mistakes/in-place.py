def center_columns(x, n_train):
    x -= x[:n_train].mean(dim=0)
    return x
