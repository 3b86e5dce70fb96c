def row_shares(sales):
    return sales / sales.sum(axis=0)
