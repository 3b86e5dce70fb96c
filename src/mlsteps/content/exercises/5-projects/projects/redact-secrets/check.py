import re

from mlsteps.engine.cases import case

TOKENS = {
    "aws access key": re.compile(r"AKIA[0-9A-Z]{16}"),
    "github token": re.compile(r"ghp_[A-Za-z0-9]{36}"),
}
ASSIGNED = re.compile(r"""(?i)([\w-]*(?:password|passwd|secret|token|api_key)[\w-]*["']?\s*[:=]\s*)(["'])(.*?)\2""")
LOOSE = re.compile(r"""(?i)((?:password|passwd|secret|token|api_key).*?)(["'])(.*?)\2""")
REDACTED = "[REDACTED]"


def _redact(text, whole_line=False, loose=False, empty=False, twice=False, start=1):
    assigned = LOOSE if loose else ASSIGNED
    findings, lines = [], []
    for number, line in enumerate(text.split("\n"), start=start):
        found = []
        for kind, pattern in TOKENS.items():
            found += [kind for _ in pattern.finditer(line)]
            if not twice:
                line = pattern.sub(REDACTED, line)
        secret = [m for m in assigned.finditer(line) if (m.group(3) or empty) and m.group(3) != REDACTED]
        found += ["secret value"] * len(secret)
        if twice:
            for pattern in TOKENS.values():
                line = pattern.sub(REDACTED, line)
        if secret and whole_line:
            line = REDACTED
        else:

            def hide(match):
                value = match.group(3)
                keep = (not value and not empty) or value == REDACTED
                return match.group(1) + match.group(2) + (value if keep else REDACTED) + match.group(2)

            line = assigned.sub(hide, line)
        lines.append(line)
        findings += [[number, kind] for kind in sorted(found)]
    return "\n".join(lines), findings


EXAMPLE = """import os
AWS_KEY = "AKIAIOSFODNN7EXAMPLE"
DB_PASSWORD = "hunter2"
db_user = "ana"
api = {"api_key": "sk-123", "url": "https://example.org"}
token = os.environ["GITHUB_TOKEN"]
GITHUB_TOKEN = "ghp_abcdefghijklmnopqrstuvwxyz0123456789"
secret = \"\""""

CONFIG = """database:
  host: db.example.org
  password: 'pa55word!'
  user: analyst
aws:
  access_key_id: AKIAZZZZYYYYXXXXWWWW
  secret_access_key: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
"""


def _random(rng):
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    pieces = [
        lambda: f'KEY = "AKIA{"".join(rng.choice(alphabet) for _ in range(16))}"',
        lambda: f"gh = 'ghp_{''.join(rng.choice(alphabet.lower() + alphabet) for _ in range(36))}'",
        lambda: f'{rng.choice(["password", "DB_PASSWD", "client_secret", "API_KEY"])} = "{rng.randint(1000, 99999)}x"',
        lambda: f'{rng.choice(["password", "token"])} = os.getenv("{rng.choice(["PW", "TOKEN"])}")',
        lambda: 'password = ""',
        lambda: f"print('{rng.choice(['hello', 'the token is in the vault', 'done'])}')",
        lambda: f"n_rows = {rng.randint(1, 500)}",
    ]
    return "\n".join(rng.choice(pieces)() for _ in range(rng.randint(4, 9)))


def cases(rng):
    yield case(EXAMPLE, label="the example")
    yield case(CONFIG, label="a YAML configuration file")
    yield case('password = os.getenv("DB_PASSWORD")\ntoken = settings["token"]', label="values read from elsewhere")
    yield case("PASSWORD = \"\"\nsecret = ''", label="empty values")
    yield case("nothing to see here\n\nx = 1", label="no secrets at all")
    for _ in range(4):
        yield case(_random(rng), label="a random file")


def diagnose(case, expected, got):
    if not isinstance(got, list | tuple) or len(got) != 2:
        return "Return a tuple: (the cleaned text, the list of [line, kind] findings)."
    text = case.args[0]
    got = [got[0], [list(item) for item in got[1]] if isinstance(got[1], list | tuple) else got[1]]
    for options, advice in (
        (
            {"start": 0},
            "Your line numbers start at 0. Editors and git count lines from 1, and so does the report.",
        ),
        (
            {"whole_line": True},
            "A whole line was replaced. Replace only the secret value between the quotes: the name stays, so the "
            "code still says what it needs (and where to put it back from a safe place).",
        ),
        (
            {"loose": True},
            "Something that is not a secret was hidden: a value read from the environment or a settings object "
            '(os.getenv("DB_PASSWORD")) has no secret in the file. Only a quoted value assigned right after the '
            "name (=, or : in YAML and JSON) is one.",
        ),
        (
            {"empty": True},
            'An empty value ("") hides nothing: it is not a secret, and is left as it is.',
        ),
        (
            {"twice": True},
            "A token assigned to a secret-sounding name was reported twice. Replace the tokens first; a value that "
            "is already [REDACTED] is not reported again.",
        ),
    ):
        variant = list(_redact(text, **options))
        if variant != list(expected) and got == variant:
            return advice
    return None
