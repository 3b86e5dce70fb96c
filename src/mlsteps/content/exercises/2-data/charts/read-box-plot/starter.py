def box_numbers(values):
    """Return the median, quartiles, whisker ends and outliers that a Matplotlib box plot draws for values."""
    return {"median": None, "q1": None, "q3": None, "low": None, "high": None, "outliers": []}
