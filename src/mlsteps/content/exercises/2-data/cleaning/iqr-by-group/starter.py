def outliers_by_group(frame, column, by):
    """Return True where a row's value lies beyond the IQR fences of its own group (groups of 5 or more)."""
    return frame[column] > frame[column].max()
