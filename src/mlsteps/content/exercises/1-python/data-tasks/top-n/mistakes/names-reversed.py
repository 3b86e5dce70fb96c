def top_n(records, key, n):
    return sorted(records, key=lambda record: (record[key], record["name"]), reverse=True)[:n]
