def box_numbers(values):
    data = values.dropna()
    q1, median, q3 = data.quantile([0.25, 0.5, 0.75])
    spread = q3 - q1
    low, high = q1 - 1.5 * spread, q3 + 1.5 * spread
    outliers = sorted(float(value) for value in data if value < low or value > high)
    return {"median": median, "q1": q1, "q3": q3, "low": low, "high": high, "outliers": outliers}
