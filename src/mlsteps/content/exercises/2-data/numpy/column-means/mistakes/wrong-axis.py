def column_means(values):
    return values.mean(axis=1)
