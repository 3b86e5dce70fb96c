def unique_in_order(items):
    result = []
    for item in items:
        if not result or result[-1] != item:
            result.append(item)
    return result
