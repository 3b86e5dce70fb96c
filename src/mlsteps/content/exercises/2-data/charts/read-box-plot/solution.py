def box_numbers(values):
    """Return the median, quartiles, whisker ends and outliers that a Matplotlib box plot draws for values."""
    data = values.dropna()
    q1, median, q3 = data.quantile([0.25, 0.5, 0.75])
    spread = q3 - q1
    inside = data.between(q1 - 1.5 * spread, q3 + 1.5 * spread)
    return {
        "median": float(median),
        "q1": float(q1),
        "q3": float(q3),
        "low": float(data[inside].min()),
        "high": float(data[inside].max()),
        "outliers": sorted(float(value) for value in data[~inside]),
    }
