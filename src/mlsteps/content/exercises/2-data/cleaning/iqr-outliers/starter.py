def iqr_outliers(values):
    """Return True where a value lies outside Q1 - 1.5 IQR .. Q3 + 1.5 IQR (the fences themselves are fine)."""
    return values > values.max()
