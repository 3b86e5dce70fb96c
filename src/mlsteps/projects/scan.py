"""What must not reach a public repository: large files, and secrets (keys, tokens, passwords).

Both are looked for in the files a push would publish (committed, or new and not ignored) and in every earlier
commit, since a push sends the whole history: a key deleted in the last commit is still public.

Secrets are found by a small set of well-known shapes (a private key block, AWS, GitHub, OpenAI-style, Slack,
Google and Hugging Face tokens) and by a password, secret, token or API key written as a string in an assignment.
In notebooks only the cells' code and text outputs are read, not the pictures, whose encoded bytes could look like
anything.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from mlsteps.projects import git

LARGE_BYTES = 5 * 1024 * 1024
READ_AT_MOST = 2 * 1024 * 1024  # larger files are reported as large; they are not read for secrets

KEY_SHAPES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("a private key", re.compile(r"-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----")),
    ("an AWS access key", re.compile(r"\b(?:AKIA|ASIA)[0-9A-Z]{16}\b")),
    ("a GitHub token", re.compile(r"\b(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{40,})")),
    ("an API key (OpenAI style)", re.compile(r"\bsk-(?=[A-Za-z0-9_-]*\d)[A-Za-z0-9_-]{32,}")),
    ("a Slack token", re.compile(r"\bxox[abposr]-[A-Za-z0-9-]{10,}")),
    ("a Google API key", re.compile(r"\bAIza[0-9A-Za-z_-]{35}")),
    ("a Hugging Face token", re.compile(r"\bhf_[A-Za-z0-9]{30,}")),
)
# `password = "..."`, `API_KEY: '...'`, `"token": "..."` (quotes may be escaped, as inside a notebook's JSON).
ASSIGNMENT = re.compile(
    r"""(?i)\b\w*(?:password|passwd|secret|api_?key|access_?key|private_?key|token)["']?\s*[:=]\s*\\?["']"""
    r"""(?P<value>[^"'\s\\]{8,})\\?["']"""
)
PLACEHOLDER = re.compile(r"(?i)^(?:x+|\*+|\.+|<.*>|\{.*\}|your[\w-]*|changeme|example[\w-]*|placeholder|dummy\w*)$")
SECRET_FILES = re.compile(
    r"(?:^|/)(?:\.env(?:\.(?!example$|sample$|template$)[\w.-]+)?|id_rsa|id_dsa|id_ecdsa|"
    r"id_ed25519|kaggle\.json|\.netrc|\.pypirc|[^/]+\.pem|[^/]+\.p12)$"
)


@dataclass(frozen=True)
class Leak:
    path: str
    where: str  # "line 3", "cell 4, line 2", or "" for a whole file
    kind: str  # "a GitHub token"
    shown: str  # the secret with most of it hidden
    committed: bool  # in a commit (else only in a file about to be committed)

    def sentence(self) -> str:
        place = f"{self.path}, {self.where}" if self.where else self.path
        state = "committed" if self.committed else "not committed yet"
        shown = f" ({self.shown})" if self.shown else ""
        return f"{place}: {self.kind}{shown}, {state}"


@dataclass(frozen=True)
class LargeFile:
    path: str
    size: int
    committed: bool

    def sentence(self) -> str:
        state = "committed" if self.committed else "not committed yet"
        return f"{self.path} ({self.size / 1024 / 1024:.1f} MB, {state})"


def _hide(secret: str) -> str:
    return secret[:4] + "…" if len(secret) > 6 else "…"


def secrets_in_text(text: str) -> list[tuple[int, str, str]]:
    """(line number, kind, hidden secret) for each secret found in ``text``."""
    found = []
    for number, line in enumerate(text.splitlines(), start=1):
        for kind, shape in KEY_SHAPES:
            found += [(number, kind, _hide(match.group())) for match in shape.finditer(line)]
        for match in ASSIGNMENT.finditer(line):
            value = match["value"]
            if not PLACEHOLDER.match(value) and not any(shape.search(value) for _, shape in KEY_SHAPES):
                found.append((number, "a password or key written into the code", _hide(value)))
    return found


def _notebook_texts(data: bytes) -> list[tuple[str, str]] | None:
    """(place, text) for each cell's source and text outputs; None when the file is not a readable notebook."""
    try:
        cells = json.loads(data.decode("utf-8")).get("cells", [])
    except (UnicodeDecodeError, ValueError, AttributeError):
        return None
    texts = []
    for number, cell in enumerate(cells, start=1):
        source = cell.get("source", "")
        texts.append((f"cell {number}", "".join(source) if isinstance(source, list) else str(source)))
        for output in cell.get("outputs", []):
            text = output.get("text") or output.get("data", {}).get("text/plain") or ""
            texts.append((f"cell {number} (output)", "".join(text) if isinstance(text, list) else str(text)))
    return texts


def secrets_in_file(path: str, data: bytes, committed: bool) -> list[Leak]:
    leaks = []
    if SECRET_FILES.search(path):
        leaks.append(Leak(path, "", "a file that usually holds secrets", "", committed))
    if b"\0" in data[:8192]:
        return leaks  # a binary file
    texts = _notebook_texts(data) if path.endswith(".ipynb") else None
    if texts is None:
        texts = [("", data.decode("utf-8", errors="replace"))]
    for place, text in texts:
        for line, kind, shown in secrets_in_text(text):
            where = f"{place}, line {line}" if place else f"line {line}"
            leaks.append(Leak(path, where, kind, shown, committed))
    return leaks


def _every_file(folder: Path) -> list[str]:
    """Without git to say what is ignored, every file is a candidate for publishing."""
    return sorted(
        path.relative_to(folder).as_posix()
        for path in folder.rglob("*")
        if path.is_file() and ".git" not in path.relative_to(folder).parts
    )


def scan(folder: Path) -> tuple[list[Leak], list[LargeFile]]:
    """Secrets and large files in what a push of ``folder`` would publish, its history included."""
    leaks: dict[tuple[str, str, str], Leak] = {}
    large: dict[str, LargeFile] = {}
    repository = git.available() and git.is_repository(folder)
    blobs = git.history(folder) if repository else []
    readable = [blob for blob in blobs if blob.size <= READ_AT_MOST]
    contents = git.read_blobs(folder, [blob.sha for blob in readable])
    for blob in blobs:
        if blob.size > LARGE_BYTES:
            large[blob.path] = LargeFile(blob.path, blob.size, True)
        if blob.sha in contents:
            for leak in secrets_in_file(blob.path, contents[blob.sha], True):
                leaks.setdefault((leak.path, leak.where, leak.kind), leak)
    for path in git.publishable(folder) if repository else _every_file(folder):
        size = (folder / path).stat().st_size
        if size > LARGE_BYTES:
            large.setdefault(path, LargeFile(path, size, False))
        if size <= READ_AT_MOST:
            for leak in secrets_in_file(path, (folder / path).read_bytes(), False):
                leaks.setdefault((leak.path, leak.where, leak.kind), leak)
    return list(leaks.values()), list(large.values())
