def group_by(records, key):
    groups = {}
    for record in records:
        groups.get(record[key], []).append(record)
    return groups
