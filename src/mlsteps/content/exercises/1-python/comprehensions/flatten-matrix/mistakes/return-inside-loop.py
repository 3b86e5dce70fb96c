def flatten(rows):
    for row in rows:
        return [number for number in row]
    return []
