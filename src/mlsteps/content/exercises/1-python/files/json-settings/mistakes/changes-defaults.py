import json

DEFAULTS = {"theme": "light", "font_size": 12, "autosave": True}


def load_settings(path):
    with open(path, encoding="utf-8") as file:
        settings = DEFAULTS
        settings.update(json.load(file))
    return settings
