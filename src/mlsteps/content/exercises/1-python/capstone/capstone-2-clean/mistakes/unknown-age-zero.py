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
                "age": int(row["age"]) if row["age"].isdigit() else 0,
                "hours_per_week": _number(row["hours_per_week"], float),
                "paid": row["paid"].lower() == "yes",
            }
        )
    return cleaned

