def merge_stock(a, b):
    merged = dict(a)
    for item in b:
        merged[item] += b[item]
    return merged
