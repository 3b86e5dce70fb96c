def summarise(records, group, value):
    values_by_group = {}
    for record in records:
        values_by_group.setdefault(record[group], []).append(record[value])
    result = {}
    for name, values in values_by_group.items():
        result[name] = {
            "count": len(values),
            "mean": sum(values) / len(values),
            "min": min(values),
            "max": max(values),
        }
    return result
