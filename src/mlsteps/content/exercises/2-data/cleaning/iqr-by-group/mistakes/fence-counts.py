def outliers_by_group(frame, column, by):
    grouped = frame.groupby(by)[column]
    q1 = grouped.transform("quantile", 0.25)
    q3 = grouped.transform("quantile", 0.75)
    spread = q3 - q1
    beyond = (frame[column] <= q1 - 1.5 * spread) | (frame[column] >= q3 + 1.5 * spread)
    return beyond & (grouped.transform("count") >= 5)
