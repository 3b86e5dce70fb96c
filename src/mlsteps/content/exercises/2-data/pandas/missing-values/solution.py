def count_missing(df):
    """Return a Series: for each column of `df`, how many of its values are missing."""
    return df.isna().sum()
