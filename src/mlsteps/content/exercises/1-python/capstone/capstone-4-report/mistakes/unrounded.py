import csv
import json



def read_signups(path):
    """Return the rows of the CSV file at `path` as dicts of stripped text, skipping lines with no values."""
    rows = []
    with open(path, newline="", encoding="utf-8") as file:
        for row in csv.DictReader(file):
            cleaned = {name.strip(): value.strip() for name, value in row.items()}
            if any(cleaned.values()):
                rows.append(cleaned)
    return rows


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


def _mean(values):
    known = [value for value in values if value is not None]
    return sum(known) / len(known) if known else None


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


def write_report(csv_path, json_path):
    """Read, clean and summarise the sign-ups at `csv_path`; write the report as JSON to `json_path` and return it."""
    rows = read_signups(csv_path)
    clean = clean_signups(rows)
    report = {
        "rows": len(clean),
        "duplicates": len(rows) - len(clean),
        "by_city": summarise_signups(clean, "city"),
        "by_track": summarise_signups(clean, "track"),
    }
    with open(json_path, "w", encoding="utf-8") as file:
        json.dump(report, file, indent=2, sort_keys=True)
    return report
