import re

TOKENS = {
    "aws access key": re.compile(r"AKIA[0-9A-Z]{16}"),
    "github token": re.compile(r"ghp_[A-Za-z0-9]{36}"),
}
ASSIGNED = re.compile(r"""(?i)([\w-]*(?:password|passwd|secret|token|api_key)[\w-]*["']?\s*[:=]\s*)(["'])(.*?)\2""")
REDACTED = "[REDACTED]"


def redact_secrets(text):
    """The text with every secret replaced by [REDACTED], and the [line, kind] of each secret found."""
    findings, lines = [], []
    for number, line in enumerate(text.split("\n")):
        found = []
        for kind, pattern in TOKENS.items():
            found += [kind for _ in pattern.finditer(line)]
            line = pattern.sub(REDACTED, line)
        for match in ASSIGNED.finditer(line):
            if match.group(3) and match.group(3) != REDACTED:
                found.append("secret value")

        def hide(match):
            value = match.group(3)
            keep = not value or value == REDACTED
            return match.group(1) + match.group(2) + (value if keep else REDACTED) + match.group(2)

        lines.append(ASSIGNED.sub(hide, line))
        findings += [[number, kind] for kind in sorted(found)]
    return "\n".join(lines), findings
