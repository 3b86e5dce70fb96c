def iqr_outliers(values):
    q1, q3 = values.quantile(0.25), values.quantile(0.75)
    spread = q3 - q1
    return (values <= q1 - 1.5 * spread) | (values >= q3 + 1.5 * spread)
