def weighted_scores(marks, weights):
    """Return one score per row of `marks`: each mark times its column's weight, added up."""
    return marks @ weights
