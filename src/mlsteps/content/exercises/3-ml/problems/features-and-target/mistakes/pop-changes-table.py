def features_and_target(table, target):
    y = table.pop(target)
    return table, y
