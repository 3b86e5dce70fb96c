"""Where the learner's projects are (``projects/NAME/`` in the workspace) and where each one stands.

The journey records each project's milestones (:mod:`mlsteps.record.milestones`): started, first commit, blog post.
A learner may commit by hand, so looking at a project also records a first commit the journey has not seen yet,
dated by git.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mlsteps.projects import git
from mlsteps.record import milestones
from mlsteps.record.inputs import BadInput

if TYPE_CHECKING:
    from mlsteps.journey.workspace import Workspace
    from mlsteps.record.store import Store

FOLDER = "projects"
NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$")
STARTED, COMMITTED, POSTED, PUBLISHED, MISSING = "started", "in a repository", "post written", "published", "missing"


def check_name(name: str) -> str:
    if not NAME.match(name):
        raise BadInput(
            f"'{name}' cannot name a project: use letters, digits, '-' and '_' only (at most 64, starting with a "
            "letter or digit), as a GitHub repository name, for example house-prices."
        )
    return name


def folder_of(workspace: Workspace, name: str) -> Path:
    return workspace.root / FOLDER / check_name(name)


def existing(workspace: Workspace, name: str) -> Path:
    """The folder of an existing project, or a message naming the projects there are."""
    folder = folder_of(workspace, name)
    if not folder.is_dir():
        there = sorted(path.name for path in (workspace.root / FOLDER).glob("*") if path.is_dir())
        listed = f" Your projects: {', '.join(there)}." if there else ""
        raise BadInput(
            f"There is no project called '{name}' in {FOLDER}/.{listed} Make one with `mlsteps project new {name}`."
        )
    return folder


def notebook_path(folder: Path) -> Path:
    """The project's notebook: NAME.ipynb, else the only notebook at the top of the folder."""
    own = folder / f"{folder.name}.ipynb"
    if own.is_file():
        return own
    found = sorted(folder.glob("*.ipynb"))
    if len(found) == 1:
        return found[0]
    if not found:
        raise BadInput(f"{folder} holds no notebook. The project's notebook should be {own.name}, at its top.")
    names = ", ".join(path.name for path in found)
    raise BadInput(f"{folder} holds several notebooks ({names}): name the project's one {own.name}, so mlsteps knows.")


def refresh(store: Store, folder: Path, step: int = 5) -> milestones.Project | None:
    """The journey's record of the project in ``folder``, after recording a first commit it has not seen."""
    recorded = {project.name: project for project in milestones.all_projects(store)}.get(folder.name)
    if recorded is not None and recorded.repository_on is not None:
        return recorded
    first = git.first_commit_day(folder) if folder.is_dir() else None
    if first is None:
        return recorded
    if recorded is None:
        return milestones.record(store, milestones.Project(folder.name, step, first, repository_on=first))
    return milestones.record(store, replace(recorded, repository_on=max(first, recorded.started_on)))


@dataclass(frozen=True)
class Standing:
    name: str
    folder: str  # relative to the workspace
    stage: str
    next_step: str
    step: int | None
    template: str | None
    title: str | None
    started_on: dt.date | None
    repository_on: dt.date | None
    post_on: dt.date | None
    uncommitted: int  # files with changes not committed
    remote: str | None

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        for key in ("started_on", "repository_on", "post_on"):
            data[key] = data[key].isoformat() if data[key] else None
        return data


def _about(folder: Path) -> tuple[str | None, str | None]:
    """The template a project came from and its title, read from its notebook (None when unreadable)."""
    import nbformat

    try:
        notebook = nbformat.read(notebook_path(folder), as_version=4)
    except (BadInput, OSError, ValueError, KeyError, TypeError, AttributeError):
        return None, None
    template = notebook.metadata.get("mlsteps", {}).get("template")
    title = next(
        (
            line[2:].strip()
            for cell in notebook.cells
            if cell.cell_type == "markdown"
            for line in cell.source.splitlines()
            if line.startswith("# ")
        ),
        None,
    )
    return template, title


def step_of(template: str | None) -> int:
    from mlsteps.projects import templates

    try:
        return templates.get(template).step if template else 5
    except BadInput:
        return 5


def _stage(name: str, exists: bool, record: milestones.Project | None, folder: Path) -> tuple[str, str]:
    if not exists:
        return MISSING, f"its folder {FOLDER}/{name} is gone; the journey keeps its dates"
    if git.head(folder) is None:
        return STARTED, f"commit it: cd {FOLDER}/{name} && git init && git add -A && git commit -m 'First version'"
    if record is None or record.post_on is None:
        return COMMITTED, f"write its blog post: mlsteps project blog {name}"
    if not git.pushed(folder):
        return POSTED, f"put it on GitHub: mlsteps project publish {name}"
    return PUBLISHED, "share the link to the repository and the post"


def standings(workspace: Workspace) -> list[Standing]:
    """Every project: those in the journey (even if their folder is gone) and every folder in projects/."""
    root = workspace.root / FOLDER
    folders = (
        sorted(path for path in root.glob("*") if path.is_dir() and NAME.match(path.name)) if root.is_dir() else []
    )
    about = {folder.name: _about(folder) for folder in folders}
    for folder in folders:
        template = about[folder.name][0]
        refresh(workspace.store, folder, step_of(template))
    recorded = {project.name: project for project in milestones.all_projects(workspace.store)}
    names = [*recorded, *(folder.name for folder in folders if folder.name not in recorded)]
    result = []
    for name in names:
        folder, record = root / name, recorded.get(name)
        exists = folder.is_dir()
        template, title = about.get(name, (None, None))
        stage, next_step = _stage(name, exists, record, folder)
        changed = len(git.uncommitted(folder)) if exists and git.head(folder) else 0
        result.append(
            Standing(
                name=name,
                folder=f"{FOLDER}/{name}",
                stage=stage,
                next_step=next_step,
                step=record.step if record else None,
                template=template,
                title=title,
                started_on=record.started_on if record else None,
                repository_on=record.repository_on if record else None,
                post_on=record.post_on if record else None,
                uncommitted=changed,
                remote=git.remote_url(folder) if exists else None,
            )
        )
    return result
