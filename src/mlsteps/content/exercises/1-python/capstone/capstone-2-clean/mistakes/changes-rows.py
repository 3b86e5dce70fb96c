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
        row["city"] = row["city"].title()
        row["age"] = _number(row["age"], int)
        row["hours_per_week"] = _number(row["hours_per_week"], float)
        row["paid"] = row["paid"].lower() == "yes"
        cleaned.append(row)
    return cleaned
