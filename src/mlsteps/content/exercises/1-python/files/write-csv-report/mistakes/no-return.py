import csv


def write_report(rows, path):
    with open(path, "w", newline="", encoding="utf-8") as file:
        writer = csv.DictWriter(file, fieldnames=["name", "city", "score"])
        writer.writeheader()
        writer.writerows(rows)
    print(len(rows), "rows written")
