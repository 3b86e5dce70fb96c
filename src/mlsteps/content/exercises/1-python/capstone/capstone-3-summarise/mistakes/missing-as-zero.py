def _mean(values):
    numbers = [value or 0 for value in values]
    known = [value for value in values if value is not None]
    return round(sum(numbers) / len(numbers), 1) if known else None


def summarise_signups(rows, by):
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
