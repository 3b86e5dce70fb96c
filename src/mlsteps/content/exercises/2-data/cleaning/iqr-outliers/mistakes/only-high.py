def iqr_outliers(values):
    q1, q3 = values.quantile(0.25), values.quantile(0.75)
    return values > q3 + 1.5 * (q3 - q1)
