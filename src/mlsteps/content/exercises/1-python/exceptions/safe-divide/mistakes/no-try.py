def safe_ratio(a, b):
    return a / b
