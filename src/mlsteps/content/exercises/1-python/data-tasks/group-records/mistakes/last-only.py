def group_by(records, key):
    groups = {}
    for record in records:
        groups[record[key]] = [record]
    return groups
