"""``mlsteps project publish``: check the project, then say exactly how to put it on GitHub, or push it.

Without ``--run`` nothing is changed: the commands are printed, both by hand (make an empty repository on
github.com, ``git remote add``, ``git push``) and with the GitHub CLI (``gh repo create ... --push``). With
``--run``, and only where git is installed and the repository has a remote, the push is run; when it fails (say,
offline), the message says what it would have done.
"""

from __future__ import annotations

import shlex
from dataclasses import dataclass, field
from typing import Any

from mlsteps.journey.workspace import Workspace
from mlsteps.projects import check, git, status
from mlsteps.projects.check import Finding
from mlsteps.projects.run import CELL_SECONDS

REMOTE = "origin"
USER_PLACEHOLDER = "YOUR-GITHUB-USERNAME"


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
        }


def github_user(workspace: Workspace) -> str:
    """The GitHub user name from mlsteps.toml (``[learner] github = "..."``), if the learner wrote one."""
    return str(workspace.config.get("learner", {}).get("github", "")).strip()


def prepare(workspace: Workspace, name: str, user: str | None = None, cell_seconds: float = CELL_SECONDS) -> Publishing:
    """The check's findings, and the commands that would publish the project from where it stands."""
    findings = check.check_project(workspace, name, cell_seconds)
    folder = status.existing(workspace, name)
    has_git = git.available() and git.is_repository(folder)
    remote = git.remote_url(folder, REMOTE) if has_git else None
    branch = git.branch(folder) if has_git else "main"
    go = f"cd {shlex.quote(str(folder))}"
    push = f"git push -u {REMOTE} {branch}"
    if remote:
        return Publishing(name, findings, remote, branch, [go, push], [])
    owner = user or github_user(workspace) or USER_PLACEHOLDER
    address = f"https://github.com/{owner}/{name}.git"
    publishing = Publishing(
        name,
        findings,
        None,
        branch,
        [go, f"git remote add {REMOTE} {address}", push],
        [go, f"gh repo create {name} --public --source . --remote {REMOTE} --push"],
    )
    publishing.message = (
        f"First make an empty public repository called {name} at https://github.com/new (no README, licence or "
        ".gitignore: the project has its own), then run the commands; or let the GitHub CLI (gh) do both."
    )
    return publishing


def publish(
    workspace: Workspace, name: str, user: str | None = None, run: bool = False, cell_seconds: float = CELL_SECONDS
) -> Publishing:
    """Prepare, and with ``run`` push, only when the project is ready and has a remote."""
    publishing = prepare(workspace, name, user, cell_seconds)
    if not publishing.ready:
        publishing.message = "Not ready to publish yet: fix what the check found, then run this again."
        return publishing
    if not run:
        publishing.message = " ".join(
            part for part in ("Ready. Nothing was run; these are the commands.", publishing.message) if part
        )
        return publishing
    if publishing.remote is None:
        publishing.message = (
            f"Nothing was run: the repository has no remote called {REMOTE} yet. Make the repository on GitHub and "
            f"add it with the commands below (or use gh), then `mlsteps project publish {name} --run` pushes it."
        )
        return publishing
    command = publishing.commands[-1]
    publishing.ran.append(command)
    try:
        git.push(status.existing(workspace, name), REMOTE, publishing.branch)
    except git.GitFailed as exc:
        publishing.message = (
            f"The push did not go through ({exc}). Nothing was changed here. It would have run: {command} "
            f"(to {publishing.remote}). Offline? Run the same command again once you are connected."
        )
        return publishing
    publishing.pushed = True
    publishing.message = f"Pushed {name} to {publishing.remote} (branch {publishing.branch})."
    return publishing
