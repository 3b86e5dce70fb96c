import csv
import io

from mlsteps.engine.cases import case, dataset

CITIES = ["Lisbon", "lisbon", "LISBON", "Nairobi", "NAIROBI", "Seoul", "seoul", "Montreal", "montreal"]


def _row(signup_id, city, track, age, hours, paid):
    return {"signup_id": signup_id, "city": city, "track": track, "age": age, "hours_per_week": hours, "paid": paid}


def _read(text):
    rows = []
    for row in csv.DictReader(io.StringIO(text)):
        cleaned = {name.strip(): value.strip() for name, value in row.items()}
        if any(cleaned.values()):
            rows.append(cleaned)
    return rows


EXAMPLE = [
    _row("S008", "montreal", "data", "", "1.5", "YES"),
    _row("S008", "Montreal", "data", "41", "1.5", "yes"),
    _row("S046", "Seoul", "web", "unknown", "", "no"),
]


def _random_rows(rng):
    rows = []
    for number in range(1, rng.randint(3, 10)):
        row = _row(
            f"S{number:03d}",
            rng.choice(CITIES),
            rng.choice(["python", "data", "web"]),
            rng.choice([str(rng.randint(16, 70)), str(rng.randint(16, 70)), "", "unknown"]),
            rng.choice([f"{rng.uniform(0.5, 12):.1f}", f"{rng.uniform(0.5, 12):.1f}", ""]),
            rng.choice(["yes", "yes", "no", "Yes", "YES", "No"]),
        )
        rows.append(row)
        if rng.random() < 0.25:
            rows.append({**row, "age": str(rng.randint(16, 70))})
    return rows


def cases(rng):
    yield case(EXAMPLE, label="the example")
    yield case(_read(dataset("signups.csv")), label="the course's file, as part 1 reads it")
    yield case([], label="no rows")
    yield case(
        [_row("S1", "SEOUL", "web", "30", "2.0", "no"), _row("S2", "nairobi", "data", "31", "3.5", "No")],
        label="cities in capitals and small letters",
    )
    yield case([_row("S3", "Lisbon", "python", "unknown", "4.0", "yes")], label="an age that is not a number")
    yield case([_row("S4", "Lisbon", "python", "25", "", "Yes")], label="no hours, paid in capitals")
    yield case(
        [_row("S5", "Seoul", "data", "40", "1.0", "yes"), _row("S5", "Seoul", "data", "44", "9.0", "no")],
        label="the same id twice, with different values",
    )
    for _ in range(4):
        yield case(_random_rows(rng), label="random rows")


def diagnose(case, expected, got):
    (rows,) = case.args
    if not isinstance(got, list) or not isinstance(expected, list) or got == expected:
        return None
    got_rows = [row for row in got if isinstance(row, dict)]
    if len(got_rows) != len(got):
        return None
    if len(got_rows) > len(expected):
        return "Some sign-ups appear twice: drop a row whose signup_id already came earlier."
    if len(got_rows) == len(expected):
        for mine, want in zip(got_rows, expected, strict=True):
            if mine.get("signup_id") != want["signup_id"]:
                return None
            for key in ("city", "age", "hours_per_week", "paid"):
                if mine.get(key) != want[key] or type(mine.get(key)) is not type(want[key]):
                    return _advice(key, mine.get(key), want[key], rows, want["signup_id"])
    return None


def _advice(key, value, want, rows, signup_id):
    if key == "city":
        return (
            f"City {value!r} should be {want!r}: unify the spellings, first letter a capital and the rest small "
            "letters."
        )
    if key == "age":
        if value == 0 and want is None:
            return "An empty or unknown age is missing: None, not 0 (0 is not a real age, and it pulls averages down)."
        first = next(row for row in rows if row["signup_id"] == signup_id)
        if str(want) == first["age"] and value is not None and str(value) != first["age"]:
            return f"{signup_id} appears more than once; the first one is kept, with its own values."
        return f"The age should be {want!r}: a whole number, or None when it is empty or not a number."
    if key == "hours_per_week":
        return f"hours_per_week should be {want!r}: a float, or None when it is empty."
    return f"paid should be {want!r}: True when it says yes in any capitals, False otherwise."
