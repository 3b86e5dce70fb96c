def row_shares(sales):
    """Return each value of `sales` divided by the total of its row."""
    return sales / sales.sum(axis=1, keepdims=True)
