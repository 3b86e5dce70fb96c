import csv
import io

from mlsteps.engine.cases import case, dataset


def _row(signup_id, city, track, age, hours, paid):
    return {"signup_id": signup_id, "city": city, "track": track, "age": age, "hours_per_week": hours, "paid": paid}


def _number(text, kind):
    try:
        return kind(text)
    except ValueError:
        return None


def _course_rows():
    """The shipped file, read and cleaned as parts 1 and 2 do."""
    seen, rows = set(), []
    for raw in csv.DictReader(io.StringIO(dataset("signups.csv"))):
        row = {name.strip(): value.strip() for name, value in raw.items()}
        if not any(row.values()) or row["signup_id"] in seen:
            continue
        seen.add(row["signup_id"])
        rows.append(
            _row(
                row["signup_id"],
                row["city"].title(),
                row["track"],
                _number(row["age"], int),
                _number(row["hours_per_week"], float),
                row["paid"].lower() == "yes",
            )
        )
    return rows


EXAMPLE = [
    _row("S1", "Seoul", "web", 30, 2.0, True),
    _row("S2", "Seoul", "data", None, 5.5, False),
    _row("S3", "Lisbon", "data", None, None, True),
]


def _random_rows(rng):
    return [
        _row(
            f"S{number:03d}",
            rng.choice(["Lisbon", "Nairobi", "Seoul", "Montreal"]),
            rng.choice(["python", "data", "web"]),
            rng.choice([rng.randint(16, 70), rng.randint(16, 70), None]),
            rng.choice([round(rng.uniform(0.5, 12), 1), round(rng.uniform(0.5, 12), 1), None]),
            rng.random() < 0.75,
        )
        for number in range(1, rng.randint(3, 12))
    ]


def cases(rng):
    yield case(EXAMPLE, "city", label="the example")
    yield case(EXAMPLE, "track", label="the example, by track")
    yield case(_course_rows(), "city", label="the course's file, by city")
    yield case(_course_rows(), "track", label="the course's file, by track")
    yield case([], "city", label="no rows")
    yield case(
        [_row("S1", "Nairobi", "web", None, None, False), _row("S2", "Nairobi", "web", None, 3.0, False)],
        "city",
        label="a group with no known age",
    )
    for _ in range(4):
        yield case(_random_rows(rng), rng.choice(["city", "track"]), label="random rows")


def diagnose(case, expected, got):
    rows, by = case.args
    if not isinstance(got, dict) or not isinstance(expected, dict) or got == expected:
        return None
    if set(got) != set(expected):
        return f"Your groups are not the values of {by!r}: the rows are grouped by the field named by `by`."
    for name, want in expected.items():
        mine = got[name]
        if not isinstance(mine, dict):
            return None
        members = [row for row in rows if row[by] == name]
        if mine.get("count") != want["count"]:
            return f"{name!r} has {want['count']} rows: count every row of the group, also those with missing values."
        for key, field in (("mean_age", "age"), ("mean_hours", "hours_per_week")):
            if want[key] is None and mine.get(key) is not None:
                return f"No row of {name!r} has a known {field}: there is nothing to average, so the mean is None."
            values = [row[field] for row in members]
            if want[key] is not None and isinstance(mine.get(key), int | float) and None in values:
                with_zeros = sum(value or 0 for value in values) / len(values)
                if abs(mine[key] - with_zeros) < 0.051 and abs(mine[key] - want[key]) >= 0.051:
                    return (
                        f"Your {key} for {name!r} counts the missing values as 0: leave the missing values out of "
                        "the mean."
                    )
        if mine.get("paid") != want["paid"] and mine.get("paid") == 0:
            return "No one has paid, by your count: after cleaning, paid holds True or False, not the text 'yes'."
    return None
