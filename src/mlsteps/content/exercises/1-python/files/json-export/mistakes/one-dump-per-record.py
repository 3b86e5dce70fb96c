import json


def export_json(records, path):
    with open(path, "w", encoding="utf-8") as file:
        for record in records:
            json.dump(record, file, indent=2, sort_keys=True)
    return len(records)
