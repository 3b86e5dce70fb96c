import csv
import io

from mlsteps.engine.cases import case, dataset

HEADER = ["signup_id", "city", "track", "age", "hours_per_week", "paid"]
CITIES = ["Lisbon", "lisbon", " LISBON", "Nairobi", "nairobi ", "Seoul", "seoul", "Montreal", "Montreal  "]


def _text(rows):
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(HEADER)
    writer.writerows(rows)
    return out.getvalue()


def _random_file(rng):
    rows = []
    for number in range(1, rng.randint(4, 14)):
        row = [
            f"S{number:03d}",
            rng.choice(CITIES),
            rng.choice(["python", "data", "web"]),
            rng.choice([str(rng.randint(16, 70)), str(rng.randint(16, 70)), "", "unknown"]),
            rng.choice([f"{rng.uniform(0.5, 12):.1f}", f"{rng.uniform(0.5, 12):.1f}", ""]),
            rng.choice(["yes", "yes", "no", "Yes", "YES"]),
        ]
        rows.append(row)
        if rng.random() < 0.25:
            rows.append(list(row))
        if rng.random() < 0.15:
            rows.append([""] * len(HEADER))
    return _text(rows)


SMALL = _text(
    [
        ["S1", "seoul", "web", "30", "2.0", "yes"],
        ["S1", "seoul", "web", "30", "2.0", "yes"],
        [""] * 6,
        ["S2", "Seoul", "data", "unknown", "5.5", "No"],
        ["S3", "LISBON", "data", "", "", "YES"],
        ["S4", "Lisbon", "web", "27", "3.3", "yes"],
    ]
)


def cases(rng):
    yield case(
        "signups.csv",
        "report.json",
        files={"signups.csv": dataset("signups.csv")},
        collect=["report.json"],
        label="the course's file",
    )
    yield case(
        "small.csv",
        "small_report.json",
        files={"small.csv": SMALL},
        collect=["small_report.json"],
        label="a small file with a repeat and a line of commas",
    )
    yield case(
        "none.csv",
        "none.json",
        files={"none.csv": ",".join(HEADER) + "\n"},
        collect=["none.json"],
        label="only the header",
    )
    for number in range(3):
        source, target = f"week_{number + 1}.csv", f"week_{number + 1}.json"
        yield case(source, target, files={source: _random_file(rng)}, collect=[target], label="a random week")


def _lines_with_values(text):
    return sum(1 for row in csv.reader(io.StringIO(text)) if any(value.strip() for value in row)) - 1


def diagnose(case, expected, got):
    source, _target = case.args
    if not isinstance(expected, dict):
        return None
    if got == expected:
        return (
            "The report you returned is right, but the file differs: write it with json.dump, indent=2 and "
            "sort_keys=True, so that the same report always gives the same file."
        )
    if not isinstance(got, dict):
        return None
    text = case.files[source]
    if got.get("rows") != expected["rows"] and got.get("rows") == expected["rows"] + expected["duplicates"]:
        return "rows counts the clean sign-ups, after the repeats are dropped, not every line read."
    if got.get("duplicates") != expected["duplicates"] and got.get("rows") == expected["rows"]:
        blank = _lines_with_values(text) != sum(1 for _ in csv.DictReader(io.StringIO(text)))
        if blank:
            return (
                "duplicates counts only repeated sign-ups: the lines of only commas are not rows at all, and part "
                "1 already skipped them."
            )
        return "duplicates counts the repeated rows that cleaning dropped: rows read minus rows kept."
    for key in ("by_city", "by_track"):
        for name, summary in expected[key].items():
            mine = got.get(key, {}).get(name) if isinstance(got.get(key), dict) else None
            if not isinstance(mine, dict):
                continue
            for field in ("mean_age", "mean_hours"):
                value, want = mine.get(field), summary[field]
                if isinstance(value, float) and want is not None and value != want and round(value, 1) == want:
                    return f"{key} {name!r} {field} is {value}: means are rounded to 1 decimal in the report."
    return None
