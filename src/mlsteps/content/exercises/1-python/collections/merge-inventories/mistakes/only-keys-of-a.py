def merge_stock(a, b):
    return {item: count + b.get(item, 0) for item, count in a.items()}
