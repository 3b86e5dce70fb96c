def _number(text, kind):
    try:
        return kind(text)
    except ValueError:
        return None


def clean_signups(rows):
    seen = set()
    cleaned = []
    for row in rows:
        if row["signup_id"] in seen:
            continue
        seen.add(row["signup_id"])
        cleaned.append(
            {
                "signup_id": row["signup_id"],
                "city": row["city"].title(),
                "track": row["track"],
                "age": _number(row["age"], int),
                "hours_per_week": _number(row["hours_per_week"], float),
                "paid": row["paid"] == "yes",
            }
        )
    return cleaned

