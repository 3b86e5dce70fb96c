import re

PATTERNS = {
    "aws access key": re.compile(r"AKIA[0-9A-Z]{16}"),
    "github token": re.compile(r"ghp_[A-Za-z0-9]{36}"),
}


def secrets_in_history(commits):
    """Every secret the history holds, once, at the commit it first appeared in, and whether it is still there."""
    first = {}  # (path, kind, value) -> the position of the first commit that has it
    for position, commit in list(enumerate(commits))[-1:]:
        for path, text in commit["files"].items():
            for kind, pattern in PATTERNS.items():
                for value in pattern.findall(text):
                    first.setdefault((path, kind, value), position)
    latest = commits[-1]["files"] if commits else {}
    found = []
    for order, ((path, kind, value), position) in enumerate(first.items()):  # dicts keep the order of discovery
        still = value in latest.get(path, "")
        found.append((position, path, kind, order, still))
    found.sort()
    return [
        {"secret": kind, "path": path, "first_commit": commits[position]["id"], "still_in_latest": still}
        for position, path, kind, _, still in found
    ]
