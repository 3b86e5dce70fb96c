"""``mlsteps project check``: what stands between a project and publishing it, each finding with how to fix it.

In order: the notebook runs top to bottom (a fresh kernel, bounded in time); the README has its sections; the
results include a figure; no large file and no secret would be published (history included); the requirements
are pinned; the licence names its author; everything is committed.
"""

from __future__ import annotations

import re
import time
from dataclasses import asdict, dataclass
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mlsteps.notebooks.headless import read_notebook
from mlsteps.projects import git, run, scan, status
from mlsteps.projects.new import LICENCE_PLACEHOLDER

if TYPE_CHECKING:
    from nbformat import NotebookNode

    from mlsteps.journey.workspace import Workspace

# What a README must say, and the words a heading for it may use.
SECTIONS: tuple[tuple[str, str], ...] = (
    ("the problem", r"problem|question|goal|why"),
    ("the data", r"\bdata"),
    ("how success is measured", r"success|measur|metric|evaluat"),
    ("the features", r"feature"),
    ("the model", r"model"),
    ("what was learned", r"learn|result|conclusion|finding"),
    ("how to run it", r"\brun|usage|reproduc|getting started|install"),
)
HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
LICENCES = ("LICENSE", "LICENSE.md", "LICENSE.txt", "LICENCE", "LICENCE.md", "COPYING")
SHOWN = 5  # files or lines named in a message, at most


@dataclass(frozen=True)
class Finding:
    name: str
    passed: bool
    message: str  # what was found and, when it did not pass, how to fix it

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _listed(items: list[str]) -> str:
    more = f", and {len(items) - SHOWN} more" if len(items) > SHOWN else ""
    return "; ".join(items[:SHOWN]) + more


def notebook_runs(notebook: NotebookNode, path: Path, ran: run.Ran, seconds: float) -> Finding:
    code_cells = sum(cell.cell_type == "code" for cell in notebook.cells)
    if ran.ok:
        return Finding(
            "notebook_runs",
            True,
            f"{path.name} runs top to bottom in a fresh kernel ({code_cells} code cells, {seconds:.1f} s).",
        )
    return Finding(
        "notebook_runs",
        False,
        f"{path.name} does not run top to bottom: {'; '.join(ran.problems)}. Open it, fix cell {ran.failed_cell}, "
        "then restart the kernel and run every cell from the top (Kernel > Restart Kernel and Run All Cells): a "
        "reader will run it from a fresh start, without what your kernel remembers.",
    )


def readme_sections(folder: Path) -> Finding:
    readme = folder / "README.md"
    if not readme.is_file():
        return Finding(
            "readme_sections",
            False,
            "There is no README.md: GitHub shows it on the repository's page. "
            "Write one with a section (## heading) for each of: " + ", ".join(s for s, _ in SECTIONS) + ".",
        )
    sections: list[tuple[int, str, list[str]]] = []
    for line in readme.read_text(encoding="utf-8", errors="replace").splitlines():
        match = HEADING.match(line)
        if match:
            sections.append((len(match[1]), match[2], []))
        elif sections:
            sections[-1][2].append(line)
    missing, empty = [], []
    for what, words in SECTIONS:
        found = [(level, title, body) for level, title, body in sections if level > 1 and re.search(words, title, re.I)]
        if not found:
            missing.append(what)
        elif not any("".join(body).strip() for _, _, body in found):
            empty.append(what)
    if not missing and not empty:
        return Finding("readme_sections", True, "README.md has a section for each thing a reader looks for.")
    problems = []
    if missing:
        problems.append(f"no section on {', '.join(missing)}")
    if empty:
        problems.append(f"an empty section on {', '.join(empty)}")
    return Finding(
        "readme_sections",
        False,
        f"README.md has {' and '.join(problems)}. Add a heading (## ...) with a "
        "few sentences for each: a reader decides from the README whether to open the notebook.",
    )


def figure(path: Path, ran: run.Ran) -> Finding:
    if ran.figures:
        return Finding("figure", True, f"The results include {ran.figures} figure{'s' * (ran.figures > 1)}.")
    stopped = " (the run stopped early: fix the notebook first, the figure may come after)" if not ran.ok else ""
    return Finding(
        "figure",
        False,
        f"{path.name} shows no figure{stopped}. Add a chart of your results (with "
        "Matplotlib: fig, ax = plt.subplots(), then plot, label the axes and plt.show()): a reader "
        "understands a picture at a glance, and the blog post needs one.",
    )


def large_files(large: list[scan.LargeFile]) -> Finding:
    limit = f"{scan.LARGE_BYTES // 1024 // 1024} MB"
    if not large:
        return Finding("no_large_files", True, f"No file over {limit} would be published.")
    return Finding(
        "no_large_files",
        False,
        f"Files over {limit} would be published: {_listed([item.sentence() for item in large])}. Keep big data out "
        "of the repository: remove it (git rm --cached FILE), add its name to .gitignore, and say in the README "
        "where to download it, or publish a small sample instead. One that is in an earlier commit stays in the "
        "history until that is rewritten (git commit --amend for the last commit).",
    )


def secrets(leaks: list[scan.Leak]) -> Finding:
    if not leaks:
        return Finding("no_secrets", True, "No key, token, password or private key found in what would be published.")
    return Finding(
        "no_secrets",
        False,
        f"Secrets would be published: {_listed([leak.sentence() for leak in leaks])}. Anyone who reads the "
        "repository could use them. Take each one out of the code and read it from the environment instead "
        '(os.environ["MY_API_KEY"]), keep files such as .env out with .gitignore, and treat a key that was '
        "committed as seen: revoke it and make a new one. Then commit; if it came in with the last commit, "
        "git commit --amend replaces that commit; if earlier, rewrite the history (or start the repository "
        "again) before you push.",
    )


def requirements_pinned(folder: Path) -> Finding:
    path = folder / "requirements.txt"
    if not path.is_file():
        return Finding(
            "requirements_pinned",
            False,
            "There is no requirements.txt: list each package the notebook "
            "imports with its exact version (numpy==2.1.0), so that others get the same results.",
        )
    lines = [line.split("#", 1)[0].strip() for line in path.read_text(encoding="utf-8").splitlines()]
    packages = [line for line in lines if line]
    if not packages:
        return Finding(
            "requirements_pinned",
            False,
            "requirements.txt lists no package: add each one the notebook "
            "imports, with its exact version (numpy==2.1.0).",
        )
    loose = [line for line in packages if "==" not in line]
    if not loose:
        return Finding("requirements_pinned", True, f"requirements.txt pins all {len(packages)} packages to a version.")
    suggestions = []
    for line in loose:
        name = re.split(r"[<>=!~;\[\s]", line, maxsplit=1)[0]
        try:
            suggestions.append(f"{name}=={metadata.version(name)}")
        except (metadata.PackageNotFoundError, ValueError):
            suggestions.append(f"{name}==VERSION")
    return Finding(
        "requirements_pinned",
        False,
        f"requirements.txt does not pin {', '.join(loose)}. Write an exact version for each, as installed here: "
        f"{', '.join(suggestions)} (pip freeze shows them all). Without it, a reader may get other versions and "
        "other results, or code that no longer runs.",
    )


def licence(folder: Path) -> Finding:
    found = next((folder / name for name in LICENCES if (folder / name).is_file()), None)
    if found is None:
        return Finding(
            "licence",
            False,
            "There is no LICENSE file, so nobody may legally reuse the code. Add one: "
            "GitHub's https://choosealicense.com explains the usual ones (MIT is short and permissive).",
        )
    if LICENCE_PLACEHOLDER in found.read_text(encoding="utf-8", errors="replace"):
        return Finding(
            "licence",
            False,
            f"{found.name} still says {LICENCE_PLACEHOLDER}: write your name there (and "
            'under [learner] in mlsteps.toml, name = "...", for your next projects).',
        )
    return Finding("licence", True, f"{found.name} is there, with its author's name.")


def committed(folder: Path, name: str) -> Finding:
    where = f"cd {status.FOLDER}/{name}"
    if not git.available():
        return Finding(
            "committed",
            False,
            "git is not installed, so the project has no repository. Install it "
            f"(https://git-scm.com/downloads), then: {where} && git init && git add -A && git commit -m "
            '"First version".',
        )
    if not git.is_repository(folder):
        return Finding(
            "committed",
            False,
            f"The project is not a git repository yet: {where} && git init && "
            'git add -A && git commit -m "First version".',
        )
    if git.head(folder) is None:
        return Finding(
            "committed",
            False,
            f'The repository has no commit yet: {where} && git add -A && git commit -m "First version".',
        )
    changed = git.uncommitted(folder)
    if changed:
        return Finding(
            "committed",
            False,
            f"Changes are not committed: {_listed(changed)}. Commit them, so that "
            f"what you publish is what you checked: {where} && git add -A && git commit -m "
            '"Describe the change".',
        )
    return Finding("committed", True, "Everything is committed.")


def check_project(workspace: Workspace, name: str, cell_seconds: float = run.CELL_SECONDS) -> list[Finding]:
    """Every finding for ``projects/NAME``, passed or not, in the order a learner would fix them."""
    folder = status.existing(workspace, name)
    path = status.notebook_path(folder)
    notebook = read_notebook(path)
    status.refresh(
        workspace.store, folder, status.step_of(notebook.metadata.get("mlsteps", {}).get("template"))
    )
    started = time.monotonic()
    ran = run.run(notebook, folder, cell_seconds)
    seconds = time.monotonic() - started
    leaks, large = scan.scan(folder)
    return [
        notebook_runs(notebook, path, ran, seconds),
        readme_sections(folder),
        figure(path, ran),
        large_files(large),
        secrets(leaks),
        requirements_pinned(folder),
        licence(folder),
        committed(folder, name),
    ]
