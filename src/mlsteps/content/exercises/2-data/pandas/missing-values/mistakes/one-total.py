def count_missing(df):
    return df.isna().sum().sum()
