import json


def export_json(records, path):
    with open(path, "w", encoding="utf-8") as file:
        json.dump(records, file, indent=2)
    return len(records)
