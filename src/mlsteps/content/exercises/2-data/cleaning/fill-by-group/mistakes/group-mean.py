def fill_by_group(frame, column, by):
    group_means = frame.groupby(by)[column].transform("mean")
    filled = frame[column].fillna(group_means).fillna(frame[column].mean())
    return frame.assign(**{column: filled})
