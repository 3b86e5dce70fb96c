import json

DEFAULTS = {"theme": "light", "font_size": 12, "autosave": True}


def load_settings(path):
    """Return DEFAULTS merged with the JSON object in the file at `path`; the file's values win."""
    with open(path, encoding="utf-8") as file:
        from_file = json.load(file)
    return {**DEFAULTS, **from_file}
