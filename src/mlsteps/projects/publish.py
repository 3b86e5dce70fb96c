"""``mlsteps project publish``: check the project, then put it on GitHub in one command, or say exactly how.

- With a remote (``origin``): ``mlsteps project publish NAME --run`` pushes the branch and reports the repository's
  web address. ``--remote URL --run`` first adds that remote (or points ``origin`` at it), so that a repository
  made on GitHub is one command away.
- Without one: nothing is changed, and the answer is the exact steps: the page that makes the repository, its name
  filled in (``https://github.com/new?name=NAME&visibility=public``), then the one command that adds it and pushes;
  the same by hand with git, and with the GitHub CLI (``gh repo create ... --push``), which does both.

A push happens only for a ready project (every finding passed), where git is installed. When it fails (say,
offline), the message says what it would have run. Git never prompts (no terminal): an address that needs a
password fails with git's words instead of hanging.
"""

from __future__ import annotations

import re
import shlex
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit, urlunsplit

from mlsteps.journey.workspace import Workspace
from mlsteps.projects import check, git, status
from mlsteps.projects.check import Finding
from mlsteps.projects.run import CELL_SECONDS

REMOTE = "origin"
USER_PLACEHOLDER = "YOUR-GITHUB-USERNAME"
SCP_LIKE = re.compile(r"^(?:[\w.-]+@)?(?P<host>[\w.-]+):(?P<path>(?!//)[^\\]+)$")  # git@github.com:me/repo.git


@dataclass
class Publishing:
    name: str
    findings: list[Finding]
    remote: str | None
    branch: str
    commands: list[str]  # what to run by hand, in order
    with_gh: list[str]  # the same with the GitHub CLI (empty once a remote exists)
    message: str = ""
    ran: list[str] = field(default_factory=list)  # commands run by --run
    pushed: bool = False
    url: str | None = None  # where the repository can be seen (a web address, or a path for a local remote)
    one_command: str = ""  # the mlsteps command that publishes it from here

    @property
    def ready(self) -> bool:
        return all(finding.passed for finding in self.findings)

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "ready": self.ready,
            "findings": [finding.to_dict() for finding in self.findings],
            "remote": self.remote,
            "branch": self.branch,
            "commands": self.commands,
            "with_gh": self.with_gh,
            "ran": self.ran,
            "pushed": self.pushed,
            "message": self.message,
            "url": self.url,
            "one_command": self.one_command,
        }


def github_user(workspace: Workspace) -> str:
    """The GitHub user name from mlsteps.toml (``[learner] github = "..."``), if the learner wrote one."""
    return str(workspace.config.get("learner", {}).get("github", "")).strip()


def web_address(remote: str) -> str:
    """Where a remote can be seen: ``git@github.com:me/repo.git`` and ``https://github.com/me/repo.git`` are
    ``https://github.com/me/repo``; a user name or password in the address is left out; a local path stays a path."""
    if Path(remote).is_absolute() or remote.startswith(("./", "../", "file://")):
        return remote.removeprefix("file://")
    scp = SCP_LIKE.match(remote)
    if scp and "://" not in remote:
        return f"https://{scp['host']}/{scp['path'].removesuffix('.git').strip('/')}"
    parts = urlsplit(remote)
    if not parts.hostname:
        return remote
    host = parts.hostname + (f":{parts.port}" if parts.port and parts.scheme in ("http", "https") else "")
    return urlunsplit(("https", host, parts.path.removesuffix(".git").rstrip("/"), "", ""))


def _new_repository_page(name: str, owner: str) -> str:
    owner_part = f"&owner={quote(owner)}" if owner and owner != USER_PLACEHOLDER else ""
    return f"https://github.com/new?name={quote(name)}&visibility=public{owner_part}"


def prepare(
    workspace: Workspace,
    name: str,
    user: str | None = None,
    cell_seconds: float = CELL_SECONDS,
    remote_url: str | None = None,
) -> Publishing:
    """The check's findings, and the commands that would publish the project from where it stands."""
    findings = check.check_project(workspace, name, cell_seconds)
    folder = status.existing(workspace, name)
    has_git = git.available() and git.is_repository(folder)
    remote = git.remote_url(folder, REMOTE) if has_git else None
    branch = git.branch(folder) if has_git else "main"
    go = f"cd {shlex.quote(str(folder))}"
    push = f"git push -u {REMOTE} {branch}"
    if remote_url:
        verb = "set-url" if remote else "add"
        publishing = Publishing(
            name,
            findings,
            remote_url,
            branch,
            [go, f"git remote {verb} {REMOTE} {shlex.quote(remote_url)}", push],
            [],
            url=web_address(remote_url),
            one_command=f"mlsteps project publish {name} --remote {shlex.quote(remote_url)} --run",
        )
        return publishing
    if remote:
        return Publishing(
            name,
            findings,
            remote,
            branch,
            [go, push],
            [],
            url=web_address(remote),
            one_command=f"mlsteps project publish {name} --run",
        )
    owner = user or github_user(workspace) or USER_PLACEHOLDER
    address = f"https://github.com/{owner}/{name}.git"
    publishing = Publishing(
        name,
        findings,
        None,
        branch,
        [go, f"git remote add {REMOTE} {address}", push],
        [go, f"gh repo create {name} --public --source . --remote {REMOTE} --push"],
        one_command=f"mlsteps project publish {name} --remote {address} --run",
    )
    who = (
        ""
        if owner != USER_PLACEHOLDER
        else (
            f" ({USER_PLACEHOLDER} is your user name on GitHub: give it with --user, or write it in mlsteps.toml under "
            '[learner], github = "...")'
        )
    )
    publishing.message = (
        f"The project has no remote yet. 1. Make an empty public repository called {name}: open "
        f"{_new_repository_page(name, owner)} and press Create repository, adding no README, licence or .gitignore "
        f"(the project has its own). 2. Then one command adds it and pushes: {publishing.one_command}{who}. Or run "
        "the git commands below by hand; or let the GitHub CLI (gh) do both steps."
    )
    return publishing


def publish(
    workspace: Workspace,
    name: str,
    user: str | None = None,
    run: bool = False,
    cell_seconds: float = CELL_SECONDS,
    remote_url: str | None = None,
) -> Publishing:
    """Prepare, and with ``run`` push (first adding ``remote_url`` as the remote, if given), only when the project is
    ready and has a remote."""
    publishing = prepare(workspace, name, user, cell_seconds, remote_url)
    if not publishing.ready:
        publishing.message = "Not ready to publish yet: fix what the check found, then run this again."
        return publishing
    if not run:
        ready = f"Ready. Nothing was run. One command publishes it: {publishing.one_command}"
        publishing.message = " ".join(part for part in (ready + ".", publishing.message) if part)
        return publishing
    if publishing.remote is None:
        publishing.message = "Nothing was run: " + publishing.message
        return publishing
    folder = status.existing(workspace, name)
    if remote_url:
        verb = "set-url" if git.remote_url(folder, REMOTE) else "add"
        command = f"git remote {verb} {REMOTE} {shlex.quote(remote_url)}"
        publishing.ran.append(command)
        try:
            git.git(folder, "remote", verb, REMOTE, remote_url)
        except git.GitFailed as exc:
            publishing.message = f"The remote could not be set ({exc}): check the address, then run this again."
            return publishing
    command = publishing.commands[-1]
    publishing.ran.append(command)
    try:
        git.push(folder, REMOTE, publishing.branch)
    except git.GitFailed as exc:
        publishing.message = (
            f"The push did not go through ({exc}). Nothing else was changed. It would have run: {command} "
            f"(to {publishing.remote}). Offline? Run the same command again once you are connected. Asked for a "
            "password? Sign in once with the GitHub CLI (gh auth login) or set up an SSH key, then try again."
        )
        return publishing
    publishing.pushed = True
    publishing.message = f"Pushed {name} (branch {publishing.branch}). See it at {publishing.url}"
    return publishing
