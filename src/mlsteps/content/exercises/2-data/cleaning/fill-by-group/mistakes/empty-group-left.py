def fill_by_group(frame, column, by):
    group_medians = frame.groupby(by)[column].transform("median")
    return frame.assign(**{column: frame[column].fillna(group_medians)})
