import json

from mlsteps.engine.cases import case

DEFAULTS = {"theme": "light", "font_size": 12, "autosave": True}
CHOICES = {
    "theme": ["dark", "light", "solarized", "high contrast"],
    "font_size": [10, 11, 12, 14, 16, 18, 20],
    "autosave": [True, False],
    "language": ["en", "fr", "pt-BR", "日本語"],
    "recent_files": [[], ["sales.csv"], ["sales.csv", "notes.txt"]],
    "zoom": [0.75, 1.0, 1.25, None],
}


def case_for(name, settings, label):
    return case(name, files={name: json.dumps(settings, ensure_ascii=False)}, label=label)


def cases(rng):
    yield case_for("settings.json", {"theme": "dark", "font_size": 14}, "the example")
    yield case_for("empty.json", {}, "an empty object: all defaults")
    yield case_for("all.json", {"theme": "solarized", "font_size": 18, "autosave": False}, "every default replaced")
    yield case_for("extra.json", {"language": "fr", "recent_files": ["sales.csv"]}, "keys that are not defaults")
    yield case(
        "pretty.json",
        files={"pretty.json": '{\n  "autosave": false,\n  "zoom": null\n}\n'},
        label="false and null, over several lines",
    )
    for number in range(5):
        keys = rng.sample(sorted(CHOICES), rng.randint(1, 4))
        settings = {key: rng.choice(CHOICES[key]) for key in keys}
        yield case_for(f"user_{number + 1}.json", settings, "random settings")


def _from_file(case):
    (path,) = case.args
    return json.loads(case.files.get(path, "{}"))


def diagnose(case, expected, got):
    if not isinstance(got, dict) or not isinstance(expected, dict):
        return None
    from_file = _from_file(case)
    if got == from_file and got != expected:
        return (
            "You returned only what the file holds: start from a copy of DEFAULTS and let the file's values "
            "replace them."
        )
    if got == {**from_file, **DEFAULTS}:
        return (
            "Here the defaults overwrote the file's values: merge in the other order, so that the file's "
            "values are written last and win."
        )
    kept = [key for key in expected if key not in from_file]
    if set(got) >= set(expected) and (set(got) > set(expected) or any(got[key] != expected[key] for key in kept)):
        return (
            "Your answer holds values that are in neither the defaults nor this file: DEFAULTS itself changed "
            "during an earlier call. Merge into a new dict, a copy, instead."
        )
    return None
