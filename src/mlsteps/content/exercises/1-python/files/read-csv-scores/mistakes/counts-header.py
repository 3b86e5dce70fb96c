import csv


def average_score(path):
    with open(path, newline="", encoding="utf-8") as file:
        rows = list(csv.reader(file))
    total = 0
    for row in rows[1:]:
        total += float(row[1])
    return round(total / len(rows), 2)
