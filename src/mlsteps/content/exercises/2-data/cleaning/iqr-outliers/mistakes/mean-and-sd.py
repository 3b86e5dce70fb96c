def iqr_outliers(values):
    mean, sd = values.mean(), values.std()
    return (values < mean - 2 * sd) | (values > mean + 2 * sd)
