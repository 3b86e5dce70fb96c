def center_columns(x, n_train):
    return x - x.mean(dim=0)
