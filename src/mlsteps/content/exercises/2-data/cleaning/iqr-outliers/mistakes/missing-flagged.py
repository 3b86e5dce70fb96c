def iqr_outliers(values):
    q1, q3 = values.quantile(0.25), values.quantile(0.75)
    spread = q3 - q1
    return ~values.between(q1 - 1.5 * spread, q3 + 1.5 * spread)
