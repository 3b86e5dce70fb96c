import numpy as np


def box_numbers(values):
    data = values.to_numpy(dtype=float)
    q1, median, q3 = np.percentile(data, [25, 50, 75])
    spread = q3 - q1
    inside = (data >= q1 - 1.5 * spread) & (data <= q3 + 1.5 * spread)
    return {
        "median": median,
        "q1": q1,
        "q3": q3,
        "low": data[inside].min() if inside.any() else None,
        "high": data[inside].max() if inside.any() else None,
        "outliers": sorted(float(value) for value in data[~inside] if value == value),
    }
