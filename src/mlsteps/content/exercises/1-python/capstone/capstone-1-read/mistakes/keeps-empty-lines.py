import csv


def read_signups(path):
    with open(path, newline="", encoding="utf-8") as file:
        return [{name.strip(): value.strip() for name, value in row.items()} for row in csv.DictReader(file)]
