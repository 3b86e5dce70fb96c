def summarise(records, group, value):
    """Return {group: {"count": n, "mean": m, "min": lo, "max": hi}} for the `value` field of each group."""
    values_by_group = {}
    for record in records:
        values_by_group.setdefault(record[group], []).append(record[value])
    result = {}
    for name, values in values_by_group.items():
        result[name] = {
            "count": len(values),
            "mean": round(sum(values) / len(values), 2),
            "min": min(values),
            "max": max(values),
        }
    return result
