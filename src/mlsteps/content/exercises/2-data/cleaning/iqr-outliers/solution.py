def iqr_outliers(values):
    """Return True where a value lies outside Q1 - 1.5 IQR .. Q3 + 1.5 IQR (the fences themselves are fine)."""
    q1, q3 = values.quantile(0.25), values.quantile(0.75)
    spread = q3 - q1
    return (values < q1 - 1.5 * spread) | (values > q3 + 1.5 * spread)
