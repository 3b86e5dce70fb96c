"""``mlsteps project check``: what stands between a project and publishing it, each finding with how to fix it.

In the order a learner would fix them:

1. ``notebook_runs``: the notebook runs top to bottom in a fresh kernel (bounded in time);
2. ``reproducible``: no random draw without a seed, and the results saved in the notebook (what GitHub shows) are
   the ones a fresh run gives;
3. ``placeholders``: no ``TODO``, ``[your name]`` or ``…`` left in the notebook or the README;
4. ``your_own_work``: no cell or README section is still one of the template's prompts (by fingerprint, so deleting
   the ``TODO`` alone does not make a prompt an answer);
5. ``what_i_learned``: the notebook says what the learner learned, in their own words;
6. ``readme_sections``: the README tells a reader the problem, the data and its licence, the method, the result and
   how to run it;
7. ``figure``: the results include a figure, each with a title;
8. ``requirements_pinned``: requirements.txt pins every package the notebook imports, at the version it ran with;
9. ``licence``: a licence with its author's name;
10. ``no_large_files`` and 11. ``no_secrets`` in what a push would publish (history included);
12. ``committed``: everything is committed.

:func:`check_folder` makes the findings; :func:`check_project` (the CLI's) also records a first commit in the journey
and keeps the findings in ``.mlsteps/projects/NAME.check.json``, so that the web page shows the last check with the
same words (:func:`last_check`).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mlsteps.notebooks.headless import read_notebook
from mlsteps.projects import git, reproduce, run, scan, status, yours
from mlsteps.projects.new import LICENCE_PLACEHOLDER, OLD_LICENCE_PLACEHOLDER
from mlsteps.record.files import STATE_DIR, write_atomically

if TYPE_CHECKING:
    from nbformat import NotebookNode

    from mlsteps.journey.workspace import Workspace

# What a README must say, and the words a heading for it may use.
SECTIONS: tuple[tuple[str, str], ...] = (
    ("the problem", r"problem|question|goal|why|aim"),
    ("the data", r"\bdata"),
    ("the method", r"method|approach|model|how (?:i|it|we)\b|analysis|features"),
    ("the result", r"result|finding|conclusion|answer|learn"),
    ("how to run it", r"\brun|usage|reproduc|getting started|install"),
)
DATA_LICENCE = re.compile(
    r"licen[cs]|public domain|creative commons|\bCC[- ]?(?:BY|0)\b|open data|copyright|terms of (?:use|service)",
    re.IGNORECASE,
)
LICENCES = ("LICENSE", "LICENSE.md", "LICENSE.txt", "LICENCE", "LICENCE.md", "COPYING")
SHOWN = 5  # files or lines named in a message, at most
CHECKS = "projects"  # under .mlsteps/: the last check of each project


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


# ------------------------------------------------------------------------------------------ running it again


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


def reproducible(saved: NotebookNode, fresh: NotebookNode, path: Path, ran: run.Ran) -> Finding:
    """Seeds for every random draw, and saved results that a fresh run gives again."""
    unseeded = reproduce.unseeded(saved)
    problems = []
    if unseeded:
        problems.append(
            f"random draws without a seed ({_listed(unseeded)}): each run gives other numbers. Give each one a "
            "seed: random_state=42 for scikit-learn, np.random.default_rng(42) for NumPy"
        )
    if not reproduce.has_results(saved) and reproduce.has_results(fresh):
        problems.append(
            f"{path.name} is saved without its results, so GitHub shows only code. Run every cell from the top and "
            "save it with its outputs"
        )
    elif difference := reproduce.first_difference(saved, fresh, ran.failed_cell):
        problems.append(
            f"the saved results are not what a fresh run gives: {difference}. Cells run out of order, or code "
            "changed since it ran, or randomness without a seed. Restart the kernel and run all cells (Kernel > "
            "Restart Kernel and Run All Cells), then save"
        )
    if not problems:
        return Finding(
            "reproducible",
            True,
            "Every random draw has a seed, and a fresh run gives the results saved in the notebook.",
        )
    return Finding(
        "reproducible",
        False,
        f"Someone who runs {path.name} would not get your results: {'; and '.join(problems)}.",
    )


# ------------------------------------------------------------------------------------------- your own work


def placeholders(notebook: NotebookNode, path: Path, folder: Path) -> Finding:
    found = yours.notebook_placeholders(notebook, path.name)
    readme = folder / "README.md"
    if readme.is_file():
        found += yours.text_placeholders(readme.read_text(encoding="utf-8", errors="replace"), "README.md")
    if not found:
        return Finding("placeholders", True, "No placeholder (TODO, [your name], …) is left.")
    places = _grouped(found)
    name_missing = any("your name" in place.what.lower() for place in found)
    advice = (
        " Where it says [your name], write your name (and put it in mlsteps.toml under [learner], "
        'name = "...", so the next project starts with it).'
        if name_missing
        else ""
    )
    return Finding(
        "placeholders",
        False,
        f"{len(found)} placeholder{'s' * (len(found) > 1)} still to fill, in {len(places)} "
        f"place{'s' * (len(places) > 1)}: {_listed(places)}. Replace each with your own words or code, and delete "
        f"the marker once it is done.{advice}",
    )


def _grouped(found: list[yours.Place]) -> list[str]:
    """Placeholders by cell (or file): `demo.ipynb, cell 2 (`## The problem`): TODO (lines 3, 5)`."""
    groups: dict[tuple[str, int | None, str], dict[str, list[int]]] = {}
    for place in found:
        markers = groups.setdefault((place.path, place.cell, place.start), {})
        markers.setdefault(place.what, []).append(place.line or 0)
    phrases = []
    for (path, cell, start), markers in groups.items():
        where = yours.Place(path, cell, None, start).sentence()
        said = ", ".join(
            f"{marker} (line{'s' * (len(lines) > 1)} {', '.join(map(str, lines))})" for marker, lines in markers.items()
        )
        phrases.append(f"{where}: {said}")
    return phrases


def your_own_work(notebook: NotebookNode, path: Path, folder: Path) -> Finding:
    places = yours.unchanged_cells(notebook, path.name)
    readme = folder / "README.md"
    if readme.is_file():
        prompts = yours.stored_prompts(notebook)["readme"]
        places += yours.unchanged_sections(readme.read_text(encoding="utf-8", errors="replace"), prompts)
    if not places:
        return Finding("your_own_work", True, "None of the template's prompts is left as it was: the words are yours.")
    return Finding(
        "your_own_work",
        False,
        f"{len(places)} part{'s are' if len(places) > 1 else ' is'} still the template's prompt, word for word: "
        f"{_listed([place.sentence() for place in places])}. Replace each prompt with your answer, in your own "
        "words (or delete the part if your project does not need it): a reader wants to hear what you found.",
    )


def what_i_learned(notebook: NotebookNode, path: Path) -> Finding:
    text = yours.learned_text(notebook)
    advice = (
        "three or four things this project taught you, in your own words: what worked, what surprised you, what "
        "you would try next. It is what a reader (and an employer) remembers."
    )
    if text is None:
        return Finding(
            "what_i_learned",
            False,
            f'{path.name} has no "What I learned" section. Add a Markdown cell near the end, "## What I learned", '
            f"with {advice}",
        )
    heading_at, _ = yours.learned_cells(notebook)
    where = f'The "What I learned" section (cell {heading_at + 1} of {path.name})'
    if yours.fingerprint(text) in yours.stored_prompts(notebook)["learned"]:
        return Finding("what_i_learned", False, f"{where} still holds the template's prompt. Replace it with {advice}")
    if not yours.own_words(text):
        state = "holds only placeholders" if yours.has_placeholder(text) else "is empty"
        return Finding("what_i_learned", False, f"{where} {state}. Write {advice}")
    if yours.has_placeholder(text):
        return Finding(
            "what_i_learned", False, f"{where} still has placeholders (TODO): finish it, then delete the markers."
        )
    return Finding("what_i_learned", True, f"{where} is written, in your words.")


def readme_sections(folder: Path) -> Finding:
    readme = folder / "README.md"
    if not readme.is_file():
        return Finding(
            "readme_sections",
            False,
            "There is no README.md: GitHub shows it on the repository's page. "
            "Write one with a section (## heading) for each of: " + ", ".join(s for s, _ in SECTIONS) + ".",
        )
    found_sections = [
        section for section in yours.sections(readme.read_text(encoding="utf-8", errors="replace")) if section.level > 1
    ]
    missing, empty = [], []
    data_words = ""
    for what, words in SECTIONS:
        found = [section for section in found_sections if re.search(words, section.title, re.IGNORECASE)]
        if not found:
            missing.append(what)
        elif not any(yours.own_words(section.text) for section in found):
            empty.append(what)
        elif what == "the data":
            data_words = " ".join(yours.own_words(section.text) for section in found)
    no_licence = "the data" not in missing + empty and not DATA_LICENCE.search(data_words)
    if not missing and not empty and not no_licence:
        return Finding("readme_sections", True, "README.md has a section for each thing a reader looks for.")
    problems = []
    if missing:
        problems.append(f"no section on {', '.join(missing)}")
    if empty:
        problems.append(f"nothing of your own yet in the section on {', '.join(empty)}")
    fixes = []
    if missing or empty:
        fixes.append(
            "Write a heading (## ...) with a few sentences of your own for each: a reader decides from the README "
            "whether to open the notebook."
        )
    if no_licence:
        problems.append("a data section that does not say the data's licence")
        fixes.append(
            "Under the data heading, say where the data comes from (a link) and its licence, that is, whether others "
            "may reuse it (for example CC BY 4.0, or public domain); if you do not know, find out before you "
            "publish."
        )
    return Finding("readme_sections", False, f"README.md has {' and '.join(problems)}. {' '.join(fixes)}")


def figure(notebook: NotebookNode, path: Path, ran: run.Ran) -> Finding:
    if not ran.figures:
        stopped = " (a cell failed: fix the notebook first, the figure may come after it)" if not ran.ok else ""
        return Finding(
            "figure",
            False,
            f"{path.name} shows no figure{stopped}. Add a chart of your results (with Matplotlib: fig, ax = "
            "plt.subplots(), then plot, label the axes, give it a title that states the finding with "
            "ax.set_title(...), and plt.show()): a reader understands a picture at a glance, and the blog post needs "
            "one.",
        )
    untitled = ran.untitled(notebook)
    if untitled:
        cells = ", ".join(f"code cell {number}" for number in untitled)
        return Finding(
            "figure",
            False,
            f"A figure has no title ({cells}). Give each one a title that states what it shows, with "
            'ax.set_title("Every model beats the baseline") or fig.suptitle(...): readers look at the title first, '
            "and the blog post uses it to describe the picture to readers who cannot see it.",
        )
    return Finding("figure", True, f"The results include {ran.figures} figure{'s' * (ran.figures > 1)}, each titled.")


def requirements_pinned(notebook: NotebookNode, folder: Path) -> Finding:
    path = folder / "requirements.txt"
    needed = reproduce.requirements_of(notebook, folder)
    pins = ", ".join(item.pin for item in needed) or "numpy==2.1.0"
    if not path.is_file():
        return Finding(
            "requirements_pinned",
            False,
            f"There is no requirements.txt. Write one with each package the notebook imports at its exact version, "
            f"one a line: {pins}. Then a reader installs the same versions (pip install -r requirements.txt) and "
            "gets the same results.",
        )
    lines = reproduce.pinned_lines(path)
    missing = [item for item in needed if reproduce.canonical(item.distribution or item.module) not in lines]
    loose, other = [], []
    for item in needed:
        line = lines.get(reproduce.canonical(item.distribution or item.module))
        if line is None:
            continue
        if "==" not in line:
            loose.append((line, item))
        elif item.version and line.split("==", 1)[1].split(";")[0].strip() != item.version:
            other.append((line, item))
    problems = []
    if missing:
        names = ", ".join(item.distribution or item.module for item in missing)
        not_here = [item.module for item in missing if item.distribution is None]
        hint = (
            f" ({', '.join(not_here)} is not installed here: install it, run the notebook, then pin it)"
            if (not_here)
            else ""
        )
        problems.append(f"it does not list {names}, which the notebook imports{hint}")
    if loose:
        problems.append(f"it does not pin {', '.join(line for line, _ in loose)} to one version")
    if other:
        problems.append(
            "it pins other versions than the notebook ran with here: "
            + ", ".join(f"{line} (installed: {item.version})" for line, item in other)
        )
    if problems:
        fixes = ", ".join(item.pin for item in [*missing, *(item for _, item in loose + other)])
        return Finding(
            "requirements_pinned",
            False,
            f"requirements.txt is not pinned to what the notebook imports: {'; '.join(problems)}. Write these lines: "
            f"{fixes} (pip freeze shows every installed version). Without them, a reader may get other versions and "
            "other results, or code that no longer runs.",
        )
    needed_names = {reproduce.canonical(item.distribution or item.module) for item in needed}
    unused = [line for name, line in lines.items() if name not in needed_names]
    extra = (
        f" It also lists {', '.join(unused)}, which the notebook does not import: fine if it needs them."
        if (unused)
        else ""
    )
    return Finding(
        "requirements_pinned",
        True,
        f"requirements.txt pins the {len(needed)} package{'s' * (len(needed) != 1)} the notebook imports, at the "
        f"versions it ran with.{extra}",
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
    text = found.read_text(encoding="utf-8", errors="replace")
    if LICENCE_PLACEHOLDER in text or OLD_LICENCE_PLACEHOLDER in text:
        placeholder = LICENCE_PLACEHOLDER if LICENCE_PLACEHOLDER in text else OLD_LICENCE_PLACEHOLDER
        return Finding(
            "licence",
            False,
            f"{found.name} still says {placeholder}: write your name there (and "
            'under [learner] in mlsteps.toml, name = "...", for your next projects).',
        )
    return Finding("licence", True, f"{found.name} is there, with its author's name.")


# --------------------------------------------------------------------------------------- what gets published


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


# ------------------------------------------------------------------------------------------------ together


def check_folder(folder: Path, cell_seconds: float = run.CELL_SECONDS) -> list[Finding]:
    """Every finding for the project in ``folder``, passed or not, in the order a learner would fix them."""
    import copy

    path = status.notebook_path(folder)
    saved = read_notebook(path)
    fresh = copy.deepcopy(saved)
    started = time.monotonic()
    ran = run.run(fresh, folder, cell_seconds)
    seconds = time.monotonic() - started
    leaks, large = scan.scan(folder)
    return [
        notebook_runs(saved, path, ran, seconds),
        reproducible(saved, fresh, path, ran),
        placeholders(saved, path, folder),
        your_own_work(saved, path, folder),
        what_i_learned(saved, path),
        readme_sections(folder),
        figure(fresh, path, ran),
        requirements_pinned(saved, folder),
        licence(folder),
        large_files(large),
        secrets(leaks),
        committed(folder, folder.name),
    ]


def check_project(workspace: Workspace, name: str, cell_seconds: float = run.CELL_SECONDS) -> list[Finding]:
    """:func:`check_folder` for ``projects/NAME``, after recording a first commit the journey has not seen; the
    findings are kept for the web page."""
    folder = status.existing(workspace, name)
    notebook = read_notebook(status.notebook_path(folder))
    status.refresh(workspace.store, folder, status.step_of(notebook.metadata.get("mlsteps", {}).get("template")))
    findings = check_folder(folder, cell_seconds)
    keep(workspace, folder, findings)
    return findings


# ------------------------------------------------------------------------------------------ the last check


@dataclass(frozen=True)
class LastCheck:
    findings: list[Finding]
    checked_at: dt.datetime
    current: bool  # False when the project changed since

    @property
    def ready(self) -> bool:
        return all(finding.passed for finding in self.findings)


def _kept(workspace: Workspace, name: str) -> Path:
    return workspace.root / STATE_DIR / CHECKS / f"{name}.check.json"


def state_of(folder: Path) -> str:
    """A fingerprint of the project as it stands: its last commit and every file's size and time of change."""
    parts = [git.head(folder) or ""]
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder)
        if ".git" in relative.parts or not path.is_file():
            continue
        facts = path.stat()
        parts.append(f"{relative.as_posix()}:{facts.st_size}:{facts.st_mtime_ns}")
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


def keep(workspace: Workspace, folder: Path, findings: list[Finding]) -> None:
    path = _kept(workspace, folder.name)
    path.parent.mkdir(parents=True, exist_ok=True)
    kept = {
        "checked_at": dt.datetime.now().isoformat(timespec="seconds"),
        "state": state_of(folder),
        "findings": [finding.to_dict() for finding in findings],
    }
    write_atomically(path, json.dumps(kept, indent=1, ensure_ascii=False))


def last_check(workspace: Workspace, name: str) -> LastCheck | None:
    """The findings of the project's last check (by the CLI or the web page), and whether they still hold; None when
    it was never checked or its folder is gone."""
    path, folder = _kept(workspace, name), status.folder_of(workspace, name)
    if not path.is_file() or not folder.is_dir():
        return None
    try:
        kept = json.loads(path.read_text(encoding="utf-8"))
        findings = [Finding(item["name"], bool(item["passed"]), item["message"]) for item in kept["findings"]]
        checked_at = dt.datetime.fromisoformat(kept["checked_at"])
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return LastCheck(findings, checked_at, kept.get("state") == state_of(folder))
