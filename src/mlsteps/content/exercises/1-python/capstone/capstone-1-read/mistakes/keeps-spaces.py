import csv


def read_signups(path):
    rows = []
    with open(path, newline="", encoding="utf-8") as file:
        for row in csv.DictReader(file):
            if any(value.strip() for value in row.values()):
                rows.append(dict(row))
    return rows
