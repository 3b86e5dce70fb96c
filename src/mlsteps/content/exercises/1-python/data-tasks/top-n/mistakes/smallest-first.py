def top_n(records, key, n):
    ranked = sorted(records, key=lambda record: (record[key], record["name"]))
    return ranked[:n]
