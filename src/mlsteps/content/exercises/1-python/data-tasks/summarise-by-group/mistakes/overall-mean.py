def summarise(records, group, value):
    result = {}
    if not records:
        return result
    mean = round(sum(record[value] for record in records) / len(records), 2)
    for record in records:
        name = record[group]
        number = record[value]
        if name not in result:
            result[name] = {"count": 0, "mean": mean, "min": number, "max": number}
        summary = result[name]
        summary["count"] += 1
        summary["min"] = min(summary["min"], number)
        summary["max"] = max(summary["max"], number)
    return result
