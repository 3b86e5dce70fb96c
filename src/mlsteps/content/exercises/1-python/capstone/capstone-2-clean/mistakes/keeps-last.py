def _number(text, kind):
    try:
        return kind(text)
    except ValueError:
        return None


def clean_signups(rows):
    by_id = {}
    for row in rows:
        by_id[row["signup_id"]] = {
            "signup_id": row["signup_id"],
            "city": row["city"].title(),
            "track": row["track"],
            "age": _number(row["age"], int),
            "hours_per_week": _number(row["hours_per_week"], float),
            "paid": row["paid"].lower() == "yes",
        }
    return list(by_id.values())
