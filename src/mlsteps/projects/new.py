"""``mlsteps project new``: a project folder for the learner to make their own.

``projects/NAME/`` gets the template's scaffold notebook (the question, the data, and prompts to fill; run once, so
that the first commit shows the data), a README with the same prompts, ``requirements.txt`` pinned to what the
scaffold imports, ``.gitignore``, an MIT licence in the learner's name, the data it needs, the template's worked
example as ``reference/worked-example.ipynb`` (run, and kept out of the repository by ``.gitignore``), and a git
repository with a first commit. With the ``own-data`` template the data is the learner's CSV file: it is profiled
(:mod:`mlsteps.projects.profile`) and the scaffold is written around it.

The fingerprints of the scaffold's prompts are stored in the notebook's metadata, so that ``project check`` can tell
the learner's work from the template's (:mod:`mlsteps.projects.yours`). The folder is built beside its final place
and moved there at the end, so a failure leaves nothing half made. The journey records the start, and the first
commit.
"""

from __future__ import annotations

import datetime as dt
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mlsteps.journey.workspace import Workspace
from mlsteps.projects import git, reproduce, run, status, templates, yours
from mlsteps.record import milestones
from mlsteps.record.inputs import BadInput

if TYPE_CHECKING:
    from nbformat import NotebookNode

    from mlsteps.projects.profile import Profile

LICENCE_PLACEHOLDER = yours.NAME_PLACEHOLDER
OLD_LICENCE_PLACEHOLDER = "<your name>"  # what projects made before said
REFERENCE = "reference/worked-example.ipynb"


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
    reference: Path | None = None  # the worked example, when the template has one
    reference_problems: tuple[str, ...] = ()
    profile: Profile | None = None  # the learner's data, with the own-data template

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
            "reference": str(self.reference) if self.reference else None,
            "reference_problems": list(self.reference_problems),
            "profile": self.profile.to_dict() if self.profile else None,
        }


def learner_name(workspace: Workspace) -> str:
    return str(workspace.config.get("learner", {}).get("name", "")).strip()


def pinned(packages: list[str] | tuple[str, ...]) -> str:
    """requirements.txt with each package at the version installed here (unpinned when it is not installed)."""
    from importlib import metadata

    lines = ["# The exact versions this project was made and tested with: pip install -r requirements.txt"]
    for package in packages:
        try:
            lines.append(f"{package}=={metadata.version(package)}")
        except metadata.PackageNotFoundError:
            lines.append(package)
    return "\n".join(lines) + "\n"


def _requirements(notebook: NotebookNode, template: templates.Template) -> list[str]:
    found = [item.distribution or item.module for item in reproduce.requirements_of(notebook)]
    extra = [name for name in template.requirements if reproduce.canonical(name) not in map(reproduce.canonical, found)]
    return [*found, *extra]


def _notebook(template: templates.Template, path: str, context: dict[str, Any]) -> NotebookNode:
    metadata = {"mlsteps": {"template": template.name, "tags": list(template.tags)}}
    return templates.notebook_from_markdown(templates.render(template, path, context), metadata)


def _write(folder: Path, template: templates.Template, context: dict[str, Any], data: Path | None) -> list[str]:
    import nbformat

    notebook = _notebook(template, "notebook.md", context)
    readme = templates.render(template, "README.md", context)
    notebook.metadata["mlsteps"]["prompts"] = yours.prompts_of(notebook, readme)
    texts = {
        "README.md": readme,
        "LICENSE": templates.render(template, "_shared/LICENSE", context),
        ".gitignore": templates.render(template, "_shared/gitignore", context),
        "requirements.txt": pinned(_requirements(notebook, template)),
    }
    for path, text in texts.items():
        (folder / path).write_text(text, encoding="utf-8")
    copied = dict(template.files)
    for path, source in template.files.items():
        (folder / path).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(templates.CONTENT / source, folder / path)
    if data is not None:
        (folder / context["data_file"]).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(data, folder / context["data_file"])
        copied[context["data_file"]] = str(data)
    nbformat.write(notebook, folder / f"{context['name']}.ipynb")
    written = [*texts, *copied, f"{context['name']}.ipynb"]
    if template.worked_example:
        (folder / REFERENCE).parent.mkdir(parents=True, exist_ok=True)
        nbformat.write(_notebook(template, templates.WORKED_EXAMPLE, context), folder / REFERENCE)
        written.append(REFERENCE)
    return sorted(written)


def _run_and_save(path: Path, folder: Path) -> run.Ran:
    import nbformat

    notebook = nbformat.read(path, as_version=4)
    ran = run.run(notebook, folder)
    nbformat.write(notebook, path)
    return ran


def make_project(
    workspace: Workspace,
    name: str,
    template_name: str | None,
    today: dt.date,
    title: str | None = None,
    data: Path | None = None,
) -> Made:
    """Make ``projects/NAME`` from a template (the default one if None), run its notebooks, commit it, and record it
    in the journey. ``data`` is the learner's CSV file, for a template that needs one (``own-data``)."""
    folder = status.folder_of(workspace, name)
    template = templates.get(template_name or templates.DEFAULT)
    if template.needs_data and data is None:
        raise BadInput(
            f"The {template.name} template starts from your own data: give its CSV file, "
            f"`mlsteps project new {name} --template {template.name} --data path/to/file.csv`."
        )
    if data is not None and not template.needs_data:
        raise BadInput(
            f"The {template.name} template brings its own data, so --data is not for it. To start from your own "
            f"CSV file: `mlsteps project new {name} --template own-data --data {data}`."
        )
    if folder.exists():
        raise BadInput(f"{folder} already exists. Pick another name, or see where it stands: `mlsteps project list`.")
    if any(project.name == name for project in milestones.all_projects(workspace.store)):
        raise BadInput(
            f"Your journey already has a project called '{name}' (its folder is gone). Pick another name, "
            "so its dates stay as they were."
        )
    profiled = None
    if data is not None:
        from mlsteps.projects.profile import profile_csv

        data = data.expanduser().resolve()
        profiled = profile_csv(data)
    author = learner_name(workspace)
    context = {
        "name": name,
        "title": title or template.title,
        "author": author or LICENCE_PLACEHOLDER,
        "year": today.year,
        "date": today.isoformat(),
        "template": template.name,
        "worked_example": template.worked_example,
        "profile": profiled,
        "data_file": f"data/{data.name}" if data is not None else "",
    }
    building = folder.with_name(f".{name}.making")
    shutil.rmtree(building, ignore_errors=True)
    building.mkdir(parents=True)
    try:
        files = _write(building, template, context, data)
        ran = _run_and_save(building / f"{name}.ipynb", building)
        reference = _run_and_save(building / REFERENCE, building / "reference") if template.worked_example else None
        building.rename(folder)
    except BaseException:
        shutil.rmtree(building, ignore_errors=True)
        raise
    made = Made(name, folder, template.name, context["title"], template.step, today, files, ran.figures, ran.problems)
    made.profile = profiled
    if reference is not None:
        made.reference, made.reference_problems = folder / REFERENCE, reference.problems
    if not author:
        made.notes.append(
            f"LICENSE and the notebook say {LICENCE_PLACEHOLDER}: put your name there, and under [learner] in "
            'mlsteps.toml (name = "...") for your next projects.'
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
