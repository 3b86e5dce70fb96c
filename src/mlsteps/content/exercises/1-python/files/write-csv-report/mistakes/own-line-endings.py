import csv
def write_report(rows, path):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["name", "city", "score"])
        for r in rows:
            w.writerow([r["name"], r["city"], r["score"]])
    return len(rows)
