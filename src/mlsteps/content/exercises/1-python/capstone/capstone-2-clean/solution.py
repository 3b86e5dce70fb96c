def _number(text, kind):
    try:
        return kind(text)
    except ValueError:
        return None


def clean_signups(rows):
    """Return typed copies of the rows: city in title case, age int, hours float, paid bool; repeats dropped."""
    seen = set()
    cleaned = []
    for row in rows:
        if row["signup_id"] in seen:
            continue
        seen.add(row["signup_id"])
        cleaned.append(
            {
                "signup_id": row["signup_id"],
                "city": row["city"].strip().title(),
                "track": row["track"],
                "age": _number(row["age"], int),
                "hours_per_week": _number(row["hours_per_week"], float),
                "paid": row["paid"].strip().lower() == "yes",
            }
        )
    return cleaned
