import csv


def average_score(path):
    with open(path, newline="", encoding="utf-8") as file:
        rows = list(csv.DictReader(file))
    if not rows:
        return 0.0
    total = 0
    for row in rows:
        total += row["score"]
    return round(total / len(rows), 2)
