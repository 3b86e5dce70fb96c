import json


def export_json(records, path):
    """Write `records` to the file `path` as indented JSON with sorted keys; return how many records."""
    with open(path, "w", encoding="utf-8") as file:
        json.dump(records, file, indent=2, sort_keys=True)
    return len(records)
