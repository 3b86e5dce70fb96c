def fill_by_group(frame, column, by):
    """Return a copy of frame with the gaps of `column` filled by the median of each row's group."""
    group_medians = frame.groupby(by)[column].transform("median")
    filled = frame[column].fillna(group_medians).fillna(frame[column].median())
    return frame.assign(**{column: filled})
