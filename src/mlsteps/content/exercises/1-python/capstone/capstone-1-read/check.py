import csv
import io

from mlsteps.engine.cases import case, dataset

HEADER = ["signup_id", "city", "track", "age", "hours_per_week", "paid"]
CITIES = ["Lisbon", "lisbon", " LISBON", "Nairobi", "nairobi ", "Seoul", "seoul", "Montreal", "Montreal  "]


def _text(rows, header=HEADER):
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue()


def _random_file(rng):
    rows = []
    for number in range(1, rng.randint(3, 9)):
        row = [
            f"S{number:03d}",
            rng.choice(CITIES),
            rng.choice(["python", "data", "web"]),
            rng.choice([str(rng.randint(16, 70)), "", "unknown"]),
            rng.choice([f"{rng.uniform(0.5, 12):.1f}", ""]),
            rng.choice(["yes", "no", "Yes"]),
        ]
        rows.append(row)
        if rng.random() < 0.2:
            rows.append(list(row))
        if rng.random() < 0.15:
            rows.append([""] * len(HEADER))
    return _text(rows)


def cases(rng):
    yield case("signups.csv", files={"signups.csv": dataset("signups.csv")}, label="the course's file")
    yield case(
        "small.csv",
        files={
            "small.csv": _text([["S001", "lisbon", "data", "42", "4.6", "no"], ["S002", "Seoul", "web", "", "", "yes"]])
        },
        label="two rows, one with empty values",
    )
    yield case(
        "spaces.csv",
        files={"spaces.csv": "signup_id , city ,track,age,hours_per_week,paid\n S7 ,  Nairobi ,web, 30 ,2.5, yes\n"},
        label="spaces around names and values",
    )
    yield case(
        "blank.csv",
        files={
            "blank.csv": _text(
                [["S1", "Seoul", "data", "20", "1.0", "no"], [""] * 6, ["S2", "Seoul", "web", "21", "", "no"]]
            )
        },
        label="a line of only commas",
    )
    yield case(
        "twice.csv",
        files={"twice.csv": _text([["S5", "Lisbon", "data", "33", "3.0", "yes"]] * 2)},
        label="the same row twice",
    )
    yield case(
        "quoted.csv",
        files={"quoted.csv": _text([["S9", "Montreal, QC", "python", "45", "6.5", "yes"]])},
        label="a quoted city with a comma",
    )
    yield case("header.csv", files={"header.csv": ",".join(HEADER) + "\n"}, label="only the header")
    for number in range(4):
        name = f"signups_{number + 1}.csv"
        yield case(name, files={name: _random_file(rng)}, label="a random small file")


def diagnose(case, expected, got):
    if not isinstance(got, list) or not isinstance(expected, list) or got == expected:
        return None
    rows = [row for row in got if isinstance(row, dict)]
    if len(rows) != len(got):
        return None
    if any(not isinstance(value, str) for row in rows for value in row.values()):
        return "Some values are no longer text: keep every value as the text you read; part 2 turns them into numbers."
    if any(isinstance(key, str) and key != key.strip() for row in rows for key in row) or any(
        value != value.strip() for row in rows for value in row.values()
    ):
        return "Some names or values still have spaces around them: remove the spaces around every name and value."
    if any(not any(row.values()) for row in rows):
        return "A line of only commas came back as a row of empty values: skip lines whose values are all empty."
    if any(isinstance(value, str) and '"' in value for row in rows for value in row.values()):
        return (
            "A quoted value that holds a comma was cut in two: a CSV line cannot be split on commas by hand, "
            "because of the quotes; let the csv module read it."
        )
    if len(rows) < len(expected) and all(row in expected for row in rows):
        return (
            "Some repeated rows are missing: keep every line here, even a repeated one; dropping repeats is the "
            "next part's job."
        )
    return None
