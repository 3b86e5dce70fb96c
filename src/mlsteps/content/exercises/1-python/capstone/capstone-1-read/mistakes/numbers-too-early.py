import csv


def read_signups(path):
    rows = []
    with open(path, newline="", encoding="utf-8") as file:
        for row in csv.DictReader(file):
            cleaned = {}
            for name, value in row.items():
                value = value.strip()
                cleaned[name.strip()] = float(value) if value.replace(".", "", 1).isdigit() else value
            if any(value != "" for value in cleaned.values()):
                rows.append(cleaned)
    return rows
