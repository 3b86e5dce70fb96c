import csv

COLUMNS = ["name", "city", "score"]


def write_report(rows, path):
    """Write `rows` (dicts with name, city, score) to the CSV file `path`; return how many rows were written."""
    with open(path, "w", newline="", encoding="utf-8") as file:
        writer = csv.DictWriter(file, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    return len(rows)
