import json


def export_json(records, path):
    with open(path, "w", encoding="utf-8") as file:
        json.dump(records, file, sort_keys=True)
    return len(records)
