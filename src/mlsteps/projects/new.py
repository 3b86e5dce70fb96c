"""``mlsteps project new``: a project folder a learner can publish as it is.

``projects/NAME/`` gets the template's notebook (run once, so that the first commit shows its results), a README,
``requirements.txt`` pinned to the versions installed here, ``.gitignore``, an MIT licence in the learner's name,
the data it needs, and a git repository with a first commit. The folder is built beside its final place and moved
there at the end, so a failure leaves nothing half made. The journey records the start, and the first commit.
"""

from __future__ import annotations

import datetime as dt
import shutil
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

from mlsteps.journey.workspace import Workspace
from mlsteps.projects import git, run, status, templates
from mlsteps.record import milestones
from mlsteps.record.inputs import BadInput

LICENCE_PLACEHOLDER = "<your name>"


@dataclass
class Made:
    name: str
    folder: Path
    template: str
    title: str
    step: int
    started_on: dt.date
    files: list[str]
    figures: int
    problems: tuple[str, ...]  # cells that failed when the notebook first ran (none for a shipped template)
    commit: str | None = None
    stand_in_author: bool = False  # git had no name or e-mail configured: the commit used stand-ins
    git_problem: str | None = None
    notes: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "folder": str(self.folder),
            "template": self.template,
            "title": self.title,
            "step": self.step,
            "started_on": self.started_on.isoformat(),
            "files": self.files,
            "figures": self.figures,
            "problems": list(self.problems),
            "commit": self.commit,
            "stand_in_author": self.stand_in_author,
            "git_problem": self.git_problem,
            "notes": self.notes,
        }


def learner_name(workspace: Workspace) -> str:
    return str(workspace.config.get("learner", {}).get("name", "")).strip()


def pinned(packages: tuple[str, ...]) -> str:
    """requirements.txt with each package at the version installed here (unpinned when it is not installed)."""
    lines = ["# The exact versions this project was made and tested with: pip install -r requirements.txt"]
    for package in packages:
        try:
            lines.append(f"{package}=={metadata.version(package)}")
        except metadata.PackageNotFoundError:
            lines.append(package)
    return "\n".join(lines) + "\n"


def _write(folder: Path, template: templates.Template, context: dict[str, Any]) -> list[str]:
    import nbformat

    texts = {
        "README.md": templates.render(template, "README.md", context),
        "LICENSE": templates.render(template, "_shared/LICENSE", context),
        ".gitignore": templates.render(template, "_shared/gitignore", context),
        "requirements.txt": pinned(template.requirements),
    }
    for path, text in texts.items():
        (folder / path).write_text(text, encoding="utf-8")
    for path, source in template.files.items():
        (folder / path).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(templates.CONTENT / source, folder / path)
    metadata_ = {"mlsteps": {"template": template.name, "tags": list(template.tags)}}
    notebook = templates.notebook_from_markdown(
        templates.render(template, "notebook.md", context), metadata_
    )
    nbformat.write(notebook, folder / f"{context['name']}.ipynb")
    return sorted([*texts, *template.files, f"{context['name']}.ipynb"])


def make_project(
    workspace: Workspace, name: str, template_name: str | None, today: dt.date, title: str | None = None
) -> Made:
    """Make ``projects/NAME`` from a template (the default one if None), run its notebook, commit it, and record it
    in the journey."""
    import nbformat

    folder = status.folder_of(workspace, name)
    template = templates.get(template_name or templates.DEFAULT)
    if folder.exists():
        raise BadInput(f"{folder} already exists. Pick another name, or see where it stands: `mlsteps project list`.")
    if any(project.name == name for project in milestones.all_projects(workspace.store)):
        raise BadInput(
            f"Your journey already has a project called '{name}' (its folder is gone). Pick another name, "
            "so its dates stay as they were."
        )
    author = learner_name(workspace)
    context = {
        "name": name,
        "title": title or template.title,
        "author": author or LICENCE_PLACEHOLDER,
        "year": today.year,
        "date": today.isoformat(),
        "template": template.name,
    }
    building = folder.with_name(f".{name}.making")
    shutil.rmtree(building, ignore_errors=True)
    building.mkdir(parents=True)
    try:
        files = _write(building, template, context)
        notebook_file = building / f"{name}.ipynb"
        notebook = nbformat.read(notebook_file, as_version=4)
        ran = run.run(notebook, building)
        nbformat.write(notebook, notebook_file)
        building.rename(folder)
    except BaseException:
        shutil.rmtree(building, ignore_errors=True)
        raise
    made = Made(name, folder, template.name, context["title"], template.step, today, files, ran.figures, ran.problems)
    if not author:
        made.notes.append(
            f"LICENSE says {LICENCE_PLACEHOLDER}: put your name there, and under [learner] in mlsteps.toml "
            '(name = "...") for your next milestones.'
        )
    milestones.record(workspace.store, milestones.Project(name, template.step, today))
    if not git.available():
        made.git_problem = "git is not installed, so the project has no repository yet"
        return made
    try:
        message = f"First version of {name}, from the mlsteps {template.name} template"
        made.commit, made.stand_in_author = git.init_and_commit(folder, message, author)
    except git.GitFailed as exc:
        made.git_problem = str(exc)
        return made
    milestones.record(workspace.store, milestones.Project(name, template.step, today, repository_on=today))
    return made
