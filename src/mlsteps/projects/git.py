"""The few git operations a project needs, through the ``git`` command itself (the tool learners will use too).

Nothing here changes the user's git configuration. Where no name or e-mail is configured (a fresh machine), a
commit gets them on its own command line (``git -c user.name=...``), and the caller says so.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

PLACEHOLDER_EMAIL = "you@example.com"


def _environment() -> dict[str, str]:
    """Never wait for a password or an editor: a prompt nobody sees would hang the command."""
    quiet = {"GIT_TERMINAL_PROMPT": "0", "GIT_EDITOR": "true"}
    if "GIT_SSH_COMMAND" not in os.environ and "GIT_SSH" not in os.environ:
        quiet["GIT_SSH_COMMAND"] = "ssh -o BatchMode=yes"
    return {**os.environ, **quiet}


class GitFailed(RuntimeError):
    """A git command failed; the message holds what git said."""


@dataclass(frozen=True)
class Blob:
    sha: str
    size: int
    path: str


def available() -> bool:
    return shutil.which("git") is not None


def _run(folder: Path, command: list[str], timeout: float, too_long: str) -> subprocess.CompletedProcess[str]:
    """Run a git command quietly, with no terminal to prompt on; a missing git or a hang becomes :class:`GitFailed`."""
    try:
        return subprocess.run(
            command,
            cwd=folder,
            capture_output=True,
            encoding="utf-8",
            errors="replace",
            timeout=timeout,
            env=_environment(),
            stdin=subprocess.DEVNULL,
        )
    except FileNotFoundError:
        raise GitFailed("git is not installed (https://git-scm.com/downloads)") from None
    except subprocess.TimeoutExpired:
        raise GitFailed(too_long) from None


def git(folder: Path, *args: str, config: tuple[str, ...] = (), timeout: float = 60) -> str:
    """Run ``git args`` in ``folder`` and return its output; raise :class:`GitFailed` with git's words if it fails."""
    done = _run(folder, ["git", *config, *args], timeout, f"`git {' '.join(args)}` took longer than {timeout:g} s")
    if done.returncode != 0:
        said = (done.stderr or done.stdout).strip().splitlines()
        raise GitFailed(said[-1] if said else f"`git {' '.join(args)}` failed with status {done.returncode}")
    return done.stdout


def is_repository(folder: Path) -> bool:
    """True when ``folder`` is the top of a repository of its own (not merely inside the workspace's)."""
    return (folder / ".git").exists()


def head(folder: Path) -> str | None:
    if not is_repository(folder):
        return None
    try:
        return git(folder, "rev-parse", "--verify", "--quiet", "HEAD").strip() or None
    except GitFailed:
        return None


def first_commit_day(folder: Path) -> dt.date | None:
    if head(folder) is None:
        return None
    days = git(folder, "log", "--reverse", "--format=%cs", "HEAD").split()
    return dt.date.fromisoformat(days[0]) if days else None


def uncommitted(folder: Path) -> list[str]:
    """Paths with changes not committed yet (new, changed or deleted), as ``git status`` lists them."""
    output = git(folder, "status", "--porcelain", "--untracked-files=all", "-z")
    paths, entries = [], output.split("\0")
    index = 0
    while index < len(entries):
        entry = entries[index]
        if entry:
            paths.append(entry[3:])
            if entry[0] in "RC":  # a rename names its old path next
                index += 1
        index += 1
    return paths


def publishable(folder: Path) -> list[str]:
    """The files a `git add -A` and push would publish: tracked ones and new ones that are not ignored."""
    listed = git(folder, "ls-files", "-z", "--cached", "--others", "--exclude-standard").split("\0")
    return sorted({path for path in listed if path and (folder / path).is_file()})


def history(folder: Path) -> list[Blob]:
    """Every file version in every commit, once each, with the path it was first seen at."""
    if head(folder) is None:
        return []
    seen: dict[str, str] = {}
    for line in git(folder, "rev-list", "--objects", "--all").splitlines():
        sha, _, path = line.partition(" ")
        if path and sha not in seen:
            seen[sha] = path
    if not seen:
        return []
    done = subprocess.run(
        ["git", "cat-file", "--batch-check=%(objecttype) %(objectname) %(objectsize)"],
        cwd=folder,
        input="\n".join(seen) + "\n",
        capture_output=True,
        text=True,
        env=_environment(),
        check=True,
    )
    blobs = []
    for line in done.stdout.splitlines():
        kind, sha, size = line.split()
        if kind == "blob":
            blobs.append(Blob(sha, int(size), seen[sha]))
    return blobs


def read_blobs(folder: Path, shas: list[str]) -> dict[str, bytes]:
    """The contents of the given blobs, read in one ``git cat-file --batch``."""
    if not shas:
        return {}
    done = subprocess.run(
        ["git", "cat-file", "--batch"],
        cwd=folder,
        input=("\n".join(shas) + "\n").encode(),
        capture_output=True,
        env=_environment(),
        check=True,
    )
    contents, data, position = {}, done.stdout, 0
    for sha in shas:
        end = data.index(b"\n", position)
        header = data[position:end].split()
        position = end + 1
        if len(header) < 3:  # "missing"
            continue
        size = int(header[2])
        contents[sha] = data[position : position + size]
        position += size + 1
    return contents


def identity(folder: Path, name: str) -> tuple[tuple[str, ...], bool]:
    """``-c`` options that give a commit an author where git has none configured, and whether any were needed."""
    options: list[str] = []
    for key, fallback in (("user.name", name or "mlsteps learner"), ("user.email", PLACEHOLDER_EMAIL)):
        try:
            configured = git(folder, "config", "--get", key).strip()
        except GitFailed:
            configured = ""
        if not configured:
            options += ["-c", f"{key}={fallback}"]
    return tuple(options), bool(options)


def init_and_commit(folder: Path, message: str, name: str) -> tuple[str, bool]:
    """Make ``folder`` a repository on branch main and commit everything in it. Returns the commit and whether a
    stand-in author had to be used."""
    git(folder, "-c", "init.defaultBranch=main", "init", "--quiet")
    git(folder, "symbolic-ref", "HEAD", "refs/heads/main")  # for git older than 2.28, which ignores that setting
    git(folder, "add", "--all")
    options, stand_in = identity(folder, name)
    git(folder, "commit", "--quiet", "-m", message, config=options)
    return git(folder, "rev-parse", "HEAD").strip(), stand_in


def branch(folder: Path) -> str:
    try:
        return git(folder, "symbolic-ref", "--short", "HEAD").strip()
    except GitFailed:
        return "main"


def remote_url(folder: Path, remote: str = "origin") -> str | None:
    if not is_repository(folder):
        return None
    try:
        return git(folder, "remote", "get-url", remote).strip() or None
    except GitFailed:
        return None


def pushed(folder: Path) -> bool:
    """True when the branch has an upstream that already holds the last commit."""
    try:
        upstream = git(folder, "rev-parse", "--verify", "--quiet", "@{upstream}").strip()
    except GitFailed:
        return False
    return bool(upstream) and upstream == head(folder)


def push(folder: Path, remote: str, branch_name: str, timeout: float = 120) -> str:
    """``git push -u REMOTE BRANCH``; returns what git said (a push talks on stderr)."""
    command = ["git", "push", "-u", remote, branch_name]
    done = _run(folder, command, timeout, f"the push took longer than {timeout:g} s (is the network there?)")
    said = (done.stderr + done.stdout).strip()
    if done.returncode != 0:
        raise GitFailed(said.splitlines()[-1] if said else f"git push failed with status {done.returncode}")
    return said
