import csv


def read_signups(path):
    rows = []
    with open(path, newline="", encoding="utf-8") as file:
        for row in csv.DictReader(file):
            cleaned = {name.strip(): value.strip() for name, value in row.items()}
            if any(cleaned.values()) and cleaned not in rows:
                rows.append(cleaned)
    return rows
