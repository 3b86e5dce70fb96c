def count_missing(df):
    return df.count()
