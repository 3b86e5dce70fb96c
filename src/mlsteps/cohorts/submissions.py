"""A cohort's submissions, read defensively: one entry per learner, whatever shape it came in.

SUBMISSIONS is a folder; each entry in it is one learner, named after them (the entry's own name, always the same
name for the same entry; two entries that would give one name are both refused, never renamed):

- a folder laid out like a workspace (``1-python/strings/word-count.py``, the paths ``mlsteps list --json`` gives),
- a folder of notebooks (the exercise's function is found by its name in any code cell),
- a single notebook (``ada.ipynb``),
- or a zip of any of these (``ada.zip``).

Nothing here runs learner code: it only finds the code each exercise should judge. A submission is untrusted, so
every read is bounded: a zip is refused when a member would land outside its folder (``../``, an absolute path, a
link) or when it unpacks to too much (a zip bomb); a folder is walked only so far; a file that is too big or not
UTF-8 gets a note of its own. Whatever is wrong with one submission is said in one line and never stops the rest.
"""

from __future__ import annotations

import json
import os
import stat
import unicodedata
import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from mlsteps.engine.exercise import Exercise
from mlsteps.notebooks.code import Cell, GatheredCode, gather_for

MAX_ZIP_MEMBERS = 2000
MAX_UNPACKED_BYTES = 64 * 1024 * 1024  # a whole zip, unpacked
MAX_SOURCE_BYTES = 1024 * 1024  # one .py file
MAX_NOTEBOOK_BYTES = 16 * 1024 * 1024  # one notebook (figures make them big)
MAX_WALKED = 5000  # files looked at in one learner's folder
MAX_NOTEBOOKS = 50
MAX_NAME = 80
SKIPPED_NAMES = {"__MACOSX", ".DS_Store", ".ipynb_checkpoints", "__pycache__", ".git", ".mlsteps"}


class SubmissionProblem(ValueError):
    """What is wrong with a submission, in one line a mentor can act on."""


@dataclass
class Submission:
    """One learner's work: where it lies (after unzipping), or why it cannot be graded at all."""

    learner: str
    origin: str  # the entry's own name in SUBMISSIONS
    root: Path | None  # a folder or a notebook
    problem: str | None = None  # set when nothing of it can be graded
    notes: list[str] = field(default_factory=list)
    clashes_with: tuple[str, ...] = ()  # other entries that give the same learner name: none of them is graded
    # Read once, when an exercise first needs them.
    _notebook_cells: list[Cell] | None = field(default=None, repr=False, compare=False)
    _python_files: dict[str, Path] | None = field(default=None, repr=False, compare=False)


@dataclass(frozen=True)
class FoundCode:
    """The code to judge for one exercise, or why there is none."""

    text: str | None
    where: str  # the file, or the notebook(s) it was gathered from
    problem: str | None = None  # "unreadable" or "missing", with words
    kind: str = "missing"  # file, notebook, missing, unreadable
    gathered: GatheredCode | None = None  # for notebooks: maps lines back to cells


def learner_name(entry: str) -> str:
    """A readable learner name from an entry's name: suffix dropped, control characters and odd spaces removed.

    A function of the name alone, so the same entry is the same learner in every grading."""
    stem = entry.removesuffix(".zip").removesuffix(".ipynb")
    cleaned = "".join(ch for ch in unicodedata.normalize("NFC", stem) if unicodedata.category(ch)[0] != "C")
    cleaned = " ".join(cleaned.split())[:MAX_NAME]
    return cleaned or "unnamed"


def same_learner(name: str) -> str:
    """What two learner names must differ in to be two learners: not only in case (``Ada`` and ``ada`` would share
    a feedback file on most laptops, and a mentor reading the book would take them for one person)."""
    return unicodedata.normalize("NFC", name).casefold()


def _shown(entry: Path) -> str:
    return f"'{entry.name}/'" if entry.is_dir() and not entry.is_symlink() else f"'{entry.name}'"


def safe_file_name(name: str) -> str:
    """A name any file system takes, for files written per learner (feedback)."""
    kept = "".join(ch if ch.isalnum() or ch in "-_." else "-" for ch in name).strip(".-")
    return kept[:MAX_NAME] or "unnamed"


def _unsafe_member(info: zipfile.ZipInfo) -> str | None:
    name = info.filename
    path = PurePosixPath(name.replace("\\", "/"))
    if path.is_absolute() or (path.parts and ":" in path.parts[0]):
        return f"{name!r} has an absolute path"
    if ".." in path.parts:
        return f"{name!r} would be written outside its folder"
    if stat.S_ISLNK(info.external_attr >> 16):
        return f"{name!r} is a link"
    return None


def unzip(archive: Path, into: Path) -> Path:
    """Unpack ``archive`` into the new folder ``into``; refuse the whole zip if any member is unsafe or too big."""
    try:
        with zipfile.ZipFile(archive) as opened:
            members = opened.infolist()
            if len(members) > MAX_ZIP_MEMBERS:
                raise SubmissionProblem(
                    f"the zip holds {len(members)} files, more than the {MAX_ZIP_MEMBERS} a submission may have"
                )
            for info in members:
                if reason := _unsafe_member(info):
                    raise SubmissionProblem(f"the zip was refused: {reason}")
            declared = sum(info.file_size for info in members)
            if declared > MAX_UNPACKED_BYTES:
                raise SubmissionProblem(f"the zip unpacks to {declared // 2**20} MB, more than a submission may hold")
            into.mkdir(parents=True)
            budget = MAX_UNPACKED_BYTES
            for info in members:
                target = into.joinpath(*PurePosixPath(info.filename.replace("\\", "/")).parts)
                if info.is_dir():
                    target.mkdir(parents=True, exist_ok=True)
                    continue
                target.parent.mkdir(parents=True, exist_ok=True)
                with opened.open(info) as source, open(target, "wb") as sink:
                    while chunk := source.read(1 << 16):
                        budget -= len(chunk)
                        if budget < 0:  # the sizes in the zip's directory can lie: count what really comes out
                            raise SubmissionProblem("the zip unpacks to more than a submission may hold (a zip bomb?)")
                        sink.write(chunk)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, EOFError, RuntimeError) as exc:
        raise SubmissionProblem(f"the zip cannot be read ({exc})") from None
    entries = [path for path in into.iterdir() if path.name not in SKIPPED_NAMES]
    # A zip of a folder ("ada/…") holds that one folder: grade what is inside it.
    if len(entries) == 1 and entries[0].is_dir():
        return entries[0]
    if len(entries) == 1 and entries[0].suffix == ".ipynb":
        return entries[0]
    return into


def read_submissions(folder: Path, scratch: Path) -> list[Submission]:
    """One Submission per entry of ``folder``; zips are unpacked under ``scratch`` (and nowhere else)."""
    if not folder.is_dir():
        raise SubmissionProblem(f"{folder} is not a folder. Put each learner's work in it, one entry per learner.")
    submissions: list[Submission] = []
    entries = [
        entry
        for entry in sorted(folder.iterdir(), key=lambda p: p.name)
        if entry.name not in SKIPPED_NAMES and not entry.name.startswith(".")
    ]
    by_learner: dict[str, list[Path]] = {}
    for entry in entries:
        by_learner.setdefault(same_learner(learner_name(entry.name)), []).append(entry)
    for number, entry in enumerate(entries):
        name = learner_name(entry.name)
        submission = Submission(learner=name, origin=entry.name, root=entry)
        clash = by_learner[same_learner(name)]
        if len(clash) > 1:
            listed = ", ".join(_shown(other) for other in clash[:-1]) + f" and {_shown(clash[-1])}"
            submission.root = None
            submission.clashes_with = tuple(other.name for other in clash if other != entry)
            names = " / ".join(dict.fromkeys(repr(learner_name(other.name)) for other in clash))
            submission.problem = (
                f"{listed} would {'both' if len(clash) == 2 else 'all'} be graded as the learner {names}, so none "
                "of them was graded: rename them so that each learner has one entry (or put one learner's work in "
                "one folder), then grade again"
            )
        elif entry.is_symlink():
            submission.root, submission.problem = None, "it is a link; copy the work itself into the folder"
        elif entry.suffix == ".zip" and entry.is_file():
            try:
                submission.root = unzip(entry, scratch / f"{number:05d}")
            except SubmissionProblem as exc:
                submission.root, submission.problem = None, str(exc)
        elif entry.is_file() and entry.suffix != ".ipynb":
            submission.root, submission.problem = None, "it is neither a folder, a notebook nor a zip"
        submissions.append(submission)
    return submissions


def _walk(root: Path, submission: Submission) -> dict[str, Path]:
    """The .py files and notebooks of a learner's folder, by relative path; stops after MAX_WALKED files."""
    found: dict[str, Path] = {}
    walked = 0
    for directory, folders, files in os.walk(root):
        folders[:] = sorted(f for f in folders if f not in SKIPPED_NAMES and not f.startswith("."))
        for name in sorted(files):
            walked += 1
            if walked > MAX_WALKED:
                submission.notes.append(f"only the first {MAX_WALKED} files of the submission were looked at")
                return found
            if name.endswith((".py", ".ipynb")):
                path = Path(directory, name)
                if not path.is_symlink():
                    found[path.relative_to(root).as_posix()] = path
    return found


def _files(submission: Submission) -> dict[str, Path]:
    if submission._python_files is None:
        root = submission.root
        if root is None:
            submission._python_files = {}
        elif root.is_file():
            submission._python_files = {root.name: root}
        else:
            submission._python_files = _walk(root, submission)
    return submission._python_files


def _read_text(path: Path, limit: int) -> str:
    size = path.stat().st_size
    if size > limit:
        raise SubmissionProblem(f"{path.name} is {size // 1024} KB, more than the {limit // 1024} KB allowed")
    try:
        return path.read_bytes().decode("utf-8")
    except UnicodeDecodeError:
        raise SubmissionProblem(
            f"{path.name} is not UTF-8 text; save it again as UTF-8 (most editors offer it under 'Save with encoding')"
        ) from None


def notebook_cells(text: str, label: str) -> list[Cell]:
    """The code cells of a notebook's JSON text, in order; a corrupt notebook raises SubmissionProblem."""
    try:
        notebook = json.loads(text)
        cells = notebook["cells"]
        found = []
        for number, cell in enumerate(cells, start=1):
            if cell.get("cell_type") != "code":
                continue
            source = cell.get("source", "")
            source = "".join(source) if isinstance(source, list) else source
            if not isinstance(source, str):
                raise TypeError("a cell's source is not text")
            found.append(Cell(f"cell {number} of {label}", source))
        return found
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise SubmissionProblem(f"{label} is not a readable notebook ({type(exc).__name__}: {exc})") from None


def _cells(submission: Submission) -> list[Cell]:
    if submission._notebook_cells is None:
        cells: list[Cell] = []
        notebooks = [path for relative, path in _files(submission).items() if relative.endswith(".ipynb")]
        if len(notebooks) > MAX_NOTEBOOKS:
            submission.notes.append(f"only the first {MAX_NOTEBOOKS} of {len(notebooks)} notebooks were read")
        for path in notebooks[:MAX_NOTEBOOKS]:
            try:
                cells += notebook_cells(_read_text(path, MAX_NOTEBOOK_BYTES), path.name)
            except SubmissionProblem as exc:
                submission.notes.append(str(exc))
        submission._notebook_cells = cells
    return submission._notebook_cells


def code_for(submission: Submission, exercise: Exercise) -> FoundCode:
    """The learner's code for ``exercise``: their file at the workspace path (or one named like it), else the
    function gathered from their notebooks."""
    root = submission.root
    direct = root / exercise.workspace_path if root is not None and root.is_dir() else None
    # A link anywhere on the way could lead out of the submission: only a real file inside it is read.
    if direct is not None and direct.is_file() and direct.resolve().is_relative_to(root.resolve()):
        path: Path | None = direct
    else:  # the file elsewhere in the folder, under its own name
        slug_file = Path(exercise.workspace_path).name
        path = next((p for relative, p in _files(submission).items() if relative.split("/")[-1] == slug_file), None)
    if path is not None:
        try:
            return FoundCode(_read_text(path, MAX_SOURCE_BYTES), path.name, kind="file")
        except (SubmissionProblem, OSError) as exc:
            return FoundCode(None, path.name, problem=str(exc), kind="unreadable")
    cells = _cells(submission)
    if cells:
        gathered = gather_for(cells, exercise)
        if gathered.defines_entry:
            return FoundCode(gathered.text, "notebook", kind="notebook", gathered=gathered)
    unreadable = [note for note in submission.notes if "notebook" in note or "UTF-8" in note]
    if unreadable:
        return FoundCode(None, "notebook", problem="; ".join(unreadable), kind="unreadable")
    return FoundCode(
        None,
        "",
        problem=f"no file {exercise.workspace_path} and no notebook cell that "
        + (f"sets {exercise.entry}" if exercise.asks_for_values else f"defines {exercise.entry}()"),
    )
