def summarise_signups(rows, by):
    """Return {group: {"count", "mean_age", "mean_hours", "paid"}} for the clean rows grouped by the field `by`."""
    summary = {}
    # Gather each group's rows, then compute its four numbers.
    return summary
