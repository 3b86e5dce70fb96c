def top_n(records, key, n):
    return sorted(records, key=lambda record: record[key], reverse=True)[:n]
