def _mean(values):
    known = [value for value in values if value is not None]
    return round(sum(known) / len(known), 1) if known else None


def summarise_signups(rows, by):
    """Return {group: {"count", "mean_age", "mean_hours", "paid"}} for the clean rows grouped by the field `by`."""
    groups = {}
    for row in rows:
        groups.setdefault(row[by], []).append(row)
    return {
        name: {
            "count": len(members),
            "mean_age": _mean([row["age"] for row in members]),
            "mean_hours": _mean([row["hours_per_week"] for row in members]),
            "paid": sum(1 for row in members if row["paid"]),
        }
        for name, members in groups.items()
    }
