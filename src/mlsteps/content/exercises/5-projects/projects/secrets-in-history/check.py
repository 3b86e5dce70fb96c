import re

from mlsteps.engine.cases import case

PATTERNS = {
    "aws access key": re.compile(r"AKIA[0-9A-Z]{16}"),
    "github token": re.compile(r"ghp_[A-Za-z0-9]{36}"),
}
TOKEN = "ghp_" + "a1B2" * 9
KEY = "AKIAIOSFODNN7EXAMPLE"


def _history(commits, latest_only=False, every_commit=False, still="right", by_id=False):
    searched = commits[-1:] if latest_only else commits
    offset = len(commits) - len(searched)
    first, rows = {}, []
    for position, commit in enumerate(searched, start=offset):
        for path, text in commit["files"].items():
            for kind, pattern in PATTERNS.items():
                for value in pattern.findall(text):
                    if every_commit:
                        rows.append((position, path, kind, len(rows), value))
                    else:
                        first.setdefault((path, kind, value), position)
    if not every_commit:
        rows = [
            (position, path, kind, order, value) for order, ((path, kind, value), position) in enumerate(first.items())
        ]
    latest = commits[-1]["files"] if commits else {}

    def is_still(path, value):
        if still == "always":
            return True
        if still == "anywhere":
            return any(value in text for text in latest.values())
        return value in latest.get(path, "")

    rows.sort(key=lambda row: (commits[row[0]]["id"], *row[1:4]) if by_id else row[:4])
    return [
        {"secret": kind, "path": path, "first_commit": commits[position]["id"], "still_in_latest": is_still(path, v)}
        for position, path, kind, _, v in rows
    ]


def _commit(name, **files):
    return {"id": name, "files": {path.replace("_", "."): text for path, text in files.items()}}


EXAMPLE = [
    _commit("9f2c1a0", train_py=f'KEY = "{KEY}"\n', README_md="# Demo"),
    _commit(
        "3b7d9e4",
        train_py='KEY = os.getenv("AWS_KEY")\n',
        README_md="# Demo",
        deploy_sh=f"export GITHUB_TOKEN={TOKEN}\n",
    ),
    _commit(
        "c41e8a2",
        train_py='KEY = os.getenv("AWS_KEY")\n',
        README_md="# Demo\nRun it.",
        deploy_sh=f"export GITHUB_TOKEN={TOKEN}\n",
    ),
]


def _random_history(rng):
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    secrets = [f"AKIA{''.join(rng.choice(alphabet) for _ in range(16))}" for _ in range(2)]
    secrets += [f"ghp_{''.join(rng.choice(alphabet + 'abcdef') for _ in range(36))}"]
    files = {"main.py": "print('hi')\n", "config.yaml": "debug: true\n"}
    commits = []
    for _ in range(rng.randint(3, 6)):
        path = rng.choice(["main.py", "config.yaml", "notes.md"])
        action = rng.random()
        if action < 0.45:
            files[path] = files.get(path, "") + f"key: {rng.choice(secrets)}\n"
        elif action < 0.75 and path in files:
            files[path] = "".join(line for line in files[path].splitlines(keepends=True) if "key:" not in line)
        else:
            files[path] = files.get(path, "") + "more text\n"
        name = "".join(rng.choice("0123456789abcdef") for _ in range(7))
        commits.append({"id": name, "files": dict(files)})
    return commits


def cases(rng):
    yield case(EXAMPLE, label="the example")
    clean_now = [_commit("aaa1111", app_py=f"token = '{TOKEN}'"), _commit("0bb2222", app_py="token = os.getenv('T')")]
    yield case(clean_now, label="a token removed in a later commit")
    moved = [_commit("f00d001", a_py=f"k = '{KEY}'"), _commit("beef002", a_py="", b_py=f"k = '{KEY}'")]
    yield case(moved, label="a key moved to another file")
    yield case([_commit("1234567", a_py="nothing here")], label="a clean history")
    for _ in range(4):
        yield case(_random_history(rng), label="a random history")


def diagnose(case, expected, got):
    if not isinstance(got, list):
        return "Return a list of dicts with the keys secret, path, first_commit and still_in_latest."
    commits = case.args[0]
    for options, advice in (
        (
            {"latest_only": True},
            "Only the latest commit was searched. Every commit is published with the repository: a secret removed "
            "later is still in the history, so search every commit.",
        ),
        (
            {"every_commit": True},
            "The same secret is reported once per commit that holds it. Report each secret once, at the commit "
            "where it first appeared: that is where the history must be rewritten from.",
        ),
        (
            {"still": "always"},
            "still_in_latest says whether the latest commit still has this secret in this file; a secret removed "
            "since is not, but it stays in the history.",
        ),
        (
            {"still": "anywhere"},
            "still_in_latest is about the same file: a secret the latest commit holds in another file is a "
            "separate finding, with its own path.",
        ),
        (
            {"by_id": True},
            "The findings are sorted by the commits' ids, but ids are random letters: sort by the commits' order "
            "in the history, oldest first.",
        ),
    ):
        variant = _history(commits, **options)
        if variant != expected and got == variant:
            return advice
    return None
