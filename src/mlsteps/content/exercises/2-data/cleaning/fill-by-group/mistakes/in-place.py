def fill_by_group(frame, column, by):
    group_medians = frame.groupby(by)[column].transform("median")
    frame[column] = frame[column].fillna(group_medians).fillna(frame[column].median())
    return frame
