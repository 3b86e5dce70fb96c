import csv


def average_score(path):
    """Return the mean of the `score` column of the CSV file at `path`, rounded to 2 decimals."""
    with open(path, newline="", encoding="utf-8") as file:
        scores = [float(row["score"]) for row in csv.DictReader(file)]
    if not scores:
        return 0.0
    return round(sum(scores) / len(scores), 2)
