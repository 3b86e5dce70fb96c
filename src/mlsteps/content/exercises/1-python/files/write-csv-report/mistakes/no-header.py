import csv


def write_report(rows, path):
    with open(path, "w", newline="", encoding="utf-8") as file:
        writer = csv.DictWriter(file, fieldnames=["name", "city", "score"])
        writer.writerows(rows)
    return len(rows)
