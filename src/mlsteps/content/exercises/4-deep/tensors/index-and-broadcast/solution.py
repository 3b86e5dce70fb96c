def center_columns(x, n_train):
    """Subtract from every row of `x` the column means of its first `n_train` rows; `x` must not change."""
    means = x[:n_train].mean(dim=0)  # shape (k,): one mean per column
    return x - means  # (n, k) - (k,): the means are subtracted from every row
