def fill_by_group(frame, column, by):
    return frame.assign(**{column: frame[column].fillna(frame[column].median())})
