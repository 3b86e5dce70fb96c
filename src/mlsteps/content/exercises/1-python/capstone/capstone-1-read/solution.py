import csv


def read_signups(path):
    """Return the rows of the CSV file at `path` as dicts of stripped text, skipping lines with no values."""
    rows = []
    with open(path, newline="", encoding="utf-8") as file:
        for row in csv.DictReader(file):
            cleaned = {name.strip(): value.strip() for name, value in row.items()}
            if any(cleaned.values()):
                rows.append(cleaned)
    return rows
