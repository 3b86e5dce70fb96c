def merge_stock(a, b):
    return {**a, **b}
