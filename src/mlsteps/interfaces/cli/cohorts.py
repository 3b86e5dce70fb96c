"""The mentor's commands: ``mlsteps course lint | add | list``, ``mlsteps grade`` and ``mlsteps gradebook``.

Importing this module registers them on the CLI's ``app``. Courses are read by the engine (``engine/courses.py``),
submissions and grades by the journey (``submissions``, ``grading``, ``gradebook``); this module only presents them.
"""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from mlsteps.interfaces.cli.common import JsonFlag, fail, print_json

if TYPE_CHECKING:
    from collections.abc import Iterator

    from mlsteps.engine.catalog import Catalog
    from mlsteps.record.store import Store

app = typer.Typer()

course_app = typer.Typer(
    help="A mentor's own exercises, in the same folder format as mlsteps's: prove them, and add them to a workspace.",
    no_args_is_help=True,
)
app.add_typer(course_app, name="course")

CourseOption = Annotated[
    list[Path] | None,
    typer.Option("--course", help="A course folder whose exercises to use too (repeat for several)."),
]
DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        help="The gradebook's database, any SQLAlchemy URL (postgresql+psycopg://... for several graders). "
        "Default: the workspace's store, or ./mlsteps-gradebook.db outside a workspace.",
    ),
]
FALLBACK_GRADEBOOK = "mlsteps-gradebook.db"


def _say(text: str, style: str = "") -> None:
    from mlsteps.interfaces.console import console

    console.print(text, style=style, markup=False, soft_wrap=True)


def _warn(text: str) -> None:
    from mlsteps.interfaces.console import errors

    errors.print(text, style="yellow", markup=False, soft_wrap=True)


def _registered_courses() -> list[Path]:
    from mlsteps.journey.workspace import Workspace, find_root

    root = find_root()
    if root is None:
        return []
    workspace = Workspace(root)
    try:
        return workspace.course_folders()
    finally:
        workspace.close()


def _catalog(courses: list[Path] | None, builtin: bool = True) -> Catalog:
    from mlsteps.engine.catalog import Catalog
    from mlsteps.engine.exercise import CatalogError

    folders = list(dict.fromkeys([*_registered_courses(), *(Path(c).resolve() for c in courses or [])]))
    try:
        return Catalog(courses=folders, builtin=builtin)
    except CatalogError as exc:
        raise fail(f"The course cannot be read: {exc}") from None


# Grading's learner workers, launched as soon as the command line says `grade` (before its options are read and the
# catalog is loaded), so that their start overlaps with that work: see `prestart_grading`.
_PRESTARTED: list = []


def prestart_grading() -> None:
    """Launch grading's workers for plain Python now; `grade` uses those its exercises need and closes the rest."""
    import sys

    if "--help" in sys.argv or "--scheduler" in sys.argv:
        return
    from mlsteps.cohorts.grading import prestart

    _PRESTARTED[:] = prestart()


class NoGradebook(Exception):
    """The gradebook could not be opened while grading: the grades are still shown, and the reason after them."""


@contextmanager
def _gradebook_store(db: str | None, grading: bool = False) -> Iterator[Store]:
    """The gradebook's store; ``grading``: raise NoGradebook rather than end the command, so the grades still show
    (and a ``--json`` run's output stays one JSON document, the reason going to stderr)."""
    from mlsteps.journey.workspace import Workspace, find_root
    from mlsteps.record.store import Store, StoreError

    workspace = None
    try:
        if db:
            store = Store(db)
        elif (root := find_root()) is not None:
            workspace = Workspace(root)
            store = workspace.store
        else:
            store = Store.at(Path.cwd() / FALLBACK_GRADEBOOK)
    except StoreError as exc:
        if grading:
            raise NoGradebook(str(exc)) from None
        raise fail(str(exc)) from None
    except Exception as exc:  # a URL SQLAlchemy cannot use: a missing driver, a server that does not answer
        if grading:
            raise NoGradebook(f"The gradebook database {db} cannot be opened: {exc}") from None
        raise fail(f"The gradebook database {db} cannot be opened: {exc}") from None
    try:
        yield store
    finally:
        (workspace or store).close()


def _reference_cache() -> Path:
    """Where the reference solutions' results are kept between gradings: the workspace's cache, or the user's."""
    from platformdirs import user_cache_path

    from mlsteps.journey.workspace import STATE_DIR, find_root

    root = find_root()
    return root / STATE_DIR / "cache" if root is not None else user_cache_path("mlsteps") / "references"


# ---------------------------------------------------------------------------------------------- courses


@course_app.command("lint")
def lint_course(
    folder: Annotated[Path, typer.Argument(help="The course folder (it holds course.toml).")],
    as_json: JsonFlag = False,
) -> None:
    """Prove every exercise of a course: the solution passes, the starter fails, each mistake gets its feedback."""
    from mlsteps.engine.judge import ExerciseBroken, Judge, ReferenceKilled
    from mlsteps.engine.proof import behaviour_problems, format_problems
    from mlsteps.engine.runner import WorkerUnavailable

    catalog = _catalog([folder])
    course = next(c for c in catalog.courses if c.folder == folder.resolve())
    report = []
    with Judge() as judge:
        for exercise in course.exercises:
            try:
                problems = format_problems(exercise) + behaviour_problems(exercise, judge)
            except ReferenceKilled as exc:  # the machine, not the mentor's solution
                problems = [f"not proved: {exc}"]
            except WorkerUnavailable as exc:
                problems = [
                    f"not proved: the worker running the solution stopped answering ({exc}); that is the machine, "
                    "not the exercise: run lint again"
                ]
            except ExerciseBroken as exc:
                problems = [f"the solution does not run cleanly: {exc}"]
            except Exception as exc:  # a mentor's check.py can fail in any way; say so and go on
                problems = [f"check.py failed: {type(exc).__name__}: {exc}"]
            report.append({"id": exercise.id, "folder": str(exercise.folder), "problems": problems})
    if as_json:
        print_json({"course": course.id, "exercises": report})
    else:
        _say(f"{course.title} ({course.id}): {len(report)} exercises", "bold")
        for item in report:
            if not item["problems"]:
                _say(f"  ✓ {item['id']}", "green")
                continue
            _say(f"  ✗ {item['id']}  ({item['folder']})", "red")
            for problem in item["problems"]:
                _say("      - " + problem.replace("\n", "\n        "))
    if any(item["problems"] for item in report):
        raise typer.Exit(1)


@course_app.command("convert")
def convert_course(
    source: Annotated[Path, typer.Argument(help="An nbgrader source notebook or an otter-assign master notebook.")],
    out: Annotated[
        Path | None, typer.Option("--out", help="The course folder to write (default: ./ID, the course id).")
    ] = None,
    course_id: Annotated[
        str | None, typer.Option("--id", help="The course's id (default: from the file's name).")
    ] = None,
    as_json: JsonFlag = False,
) -> None:
    """Turn an nbgrader or otter-grader assignment into a course: each autograded question an exercise (a function
    its tests call, or values the notebook sets), its asserts cases with literal expected values, hidden tests
    hidden, points carried over, the data files it reads copied; a note for what cannot be."""
    from mlsteps.cohorts.convert import ConvertError, convert, course_id_for

    folder = out if out is not None else Path.cwd() / (course_id or course_id_for(source))
    try:
        result = convert(source, folder, course_id)
    except ConvertError as exc:
        raise fail(f"{source} cannot be converted: {exc}") from None
    if as_json:
        print_json(result.to_dict())
        return
    from mlsteps.engine.showing import count_of

    made = count_of(len(result.exercises), "exercise")
    _say(f"Converted {source.name} ({result.kind}) into {folder}: {made}.", "bold")
    for item in result.exercises:
        asks = f"sets {item['entry']}" if item["answer"] == "value" else f"{item['entry']}()"
        hidden = f", {item['hidden']} hidden" if item["hidden"] else ""
        worth = f"{item['points']:g} point{'' if item['points'] == 1 else 's'}"
        _say(f"  {item['id']}  {item['title']}  ({asks}; {count_of(item['cases'], 'case')}{hidden}, {worth})")
    if result.notes:
        _say(f"Not converted ({len(result.notes)}; also in {folder / 'convert-notes.md'}):", "yellow")
        for note in result.notes:
            _say(f"  - {note}")
    ids = ",".join(item["id"] for item in result.exercises)
    _say(f"Next: `mlsteps course lint {folder}`, then `mlsteps grade SUBMISSIONS --course {folder} --exercises {ids}`.")


@course_app.command("add")
def add_course(folder: Annotated[Path, typer.Argument(help="The course folder (it holds course.toml).")]) -> None:
    """Add a course to this workspace: its exercises join `list`, `check`, `hint`... and get starter files."""
    from mlsteps.interfaces.cli.common import open_journey

    catalog = _catalog([folder])
    course = next(c for c in catalog.courses if c.folder == folder.resolve())
    with open_journey() as journey:
        journey.workspace.add_course(course.folder)
        report = journey.workspace.sync(catalog)
    _say(f"Added {course.title} ({course.id}): {len(course.exercises)} exercises, files in courses/{course.id}/.")
    _say(f"  {len(report.created)} new files. `mlsteps list` shows them.")


@course_app.command("list")
def list_courses(as_json: JsonFlag = False) -> None:
    """The courses added to this workspace."""
    catalog = _catalog([])
    rows = [
        {"id": c.id, "title": c.title, "folder": str(c.folder), "exercises": [e.id for e in c.exercises]}
        for c in catalog.courses
    ]
    if as_json:
        print_json(rows)
        return
    if not rows:
        _say("No course added yet. `mlsteps course add FOLDER` adds one.")
    for row in rows:
        _say(f"{row['id']}: {row['title']} — {len(row['exercises'])} exercises ({row['folder']})")


# ---------------------------------------------------------------------------------------------- grading


@app.command()
def grade(
    submissions: Annotated[Path, typer.Argument(help="A folder with one entry per learner, named after them.")],
    exercises: Annotated[
        str, typer.Option("--exercises", "-e", help="The exercise ids to grade, separated by commas.")
    ],
    course: CourseOption = None,
    workers: Annotated[
        int | None, typer.Option("--workers", min=1, help="Checks run at once (default: the number of cores).")
    ] = None,
    db: DbOption = None,
    scheduler: Annotated[
        str | None, typer.Option("--scheduler", help="A Dask scheduler's address, to grade on a cluster.")
    ] = None,
    trust_submissions: Annotated[
        bool,
        typer.Option(
            "--trust-submissions",
            help="Grade even where this machine cannot fully isolate learner code (see `mlsteps doctor`): only for "
            "submissions whose authors you trust with your files, processes and network.",
        ),
    ] = False,
    as_json: JsonFlag = False,
) -> None:
    """Grade a cohort: every learner's work (a workspace folder, notebooks, or a zip) on every exercise named.

    Each grade is saved in the gradebook as soon as it is decided. Learner code runs confined by the kernel; where
    this machine cannot do that fully, nothing is graded unless --trust-submissions is given.
    """
    import threading
    from concurrent.futures import Future, ThreadPoolExecutor
    from contextlib import ExitStack

    from mlsteps.cohorts.grading import IsolationTooWeak
    from mlsteps.cohorts.grading import grade as grade_cohort
    from mlsteps.cohorts.recording import Recorder
    from mlsteps.cohorts.submissions import SubmissionProblem
    from mlsteps.engine.exercise import CatalogError
    from mlsteps.engine.judge import ExerciseBroken

    ids = [part.strip() for part in exercises.split(",") if part.strip()]
    if not ids:
        raise fail("Name at least one exercise: --exercises python/word-count,python/fizzbuzz")
    prestarted, _PRESTARTED[:] = list(_PRESTARTED), []
    try:
        catalog = _catalog(course, builtin=False)  # a course's exercises alone need not read the curriculum's folders
        if any(exercise_id not in catalog for exercise_id in ids):
            catalog = _catalog(course)
        unknown = [str(exc) for exc in map(_unknown, [catalog] * len(ids), ids) if exc is not None]
        if unknown:  # before anything is graded: a grading script must notice
            raise fail(
                " ".join(unknown) + " Nothing was graded.",
                "`mlsteps course list` and `mlsteps list` show the ids; a course's own need --course DIR.",
            )
    except BaseException:
        for runner in prestarted:
            runner.close()
        raise
    with ExitStack() as stack, ThreadPoolExecutor(max_workers=1) as opener:
        # The database layer's import and the gradebook's opening overlap with the grading itself, from the first
        # grade on (not during the start); each grade is written as it is decided, so a run stopped half-way keeps
        # what it graded.
        opening: list[Future] = []
        lock = threading.Lock()

        def open_gradebook() -> Store:
            with lock:
                if not opening:
                    opening.append(opener.submit(stack.enter_context, _gradebook_store(db, grading=True)))
            return opening[0].result()

        recorder = Recorder(open_gradebook)
        try:
            report = grade_cohort(
                submissions,
                ids,
                catalog,
                workers=workers,
                cache=_reference_cache(),
                scheduler=scheduler,
                on_result=recorder.add,
                trust_submissions=trust_submissions,
                prestarted=prestarted,
            )
        except IsolationTooWeak as exc:
            raise fail(str(exc)) from None
        except SubmissionProblem as exc:
            raise fail(str(exc)) from None
        except (ExerciseBroken, CatalogError) as exc:
            raise fail(f"An exercise cannot be graded: {exc}. `mlsteps course lint DIR` says what to fix.") from None
        except ImportError as exc:  # only --scheduler needs more than mlsteps itself
            raise fail(f"Grading on a cluster needs Dask ({exc}): pip install 'mlsteps[cluster]'") from None
        except (OSError, TimeoutError) as exc:
            raise fail(f"The Dask scheduler at {scheduler} cannot be reached ({exc}). Is it running?") from None
        finally:
            kept = recorder.close()  # whatever happened, what was graded is in the gradebook
        try:
            store = open_gradebook()
        except NoGradebook as exc:  # the grades all the same, then why they were not saved
            _show_grades(report, as_json, where=None)
            _warn(str(exc))
            raise typer.Exit(2) from None
        if not kept:
            _warn(f"Saving the grades failed after {recorder.saved} of them: {recorder.problem}")
        where = store.engine.url.render_as_string(hide_password=True) if kept else None
    _show_grades(report, as_json, where)


def _unknown(catalog: Catalog, exercise_id: str) -> LookupError | None:
    try:
        catalog.get(exercise_id)
    except LookupError as exc:
        return exc
    return None


def _show_grades(report, as_json: bool, where: str | None) -> None:
    for line in report.lines:
        _warn(line)
    if as_json:  # one row per learner and question; each row also carries its learner's total for this run
        totals: dict[str, list[float]] = {}
        for result in report.results:
            total = totals.setdefault(result.learner, [0.0, 0.0])
            total[0] += result.points
            total[1] += result.points_possible
        print_json(
            [
                result.to_dict()
                | {"total": round(totals[result.learner][0], 6), "total_possible": round(totals[result.learner][1], 6)}
                for result in report.results
            ]
        )
        return
    _grade_table(report)
    per = report.seconds / max(report.learners, 1)
    saved = f"Saved in {where}." if where else "Not saved: the gradebook could not be opened."
    _say(f"Graded {report.learners} learners in {report.seconds:.2f} s ({per * 1000:.0f} ms each). {saved}")
    if where:
        _say("`mlsteps gradebook` shows the whole book; `--stuck` shows where the cohort is stuck.")


def _grade_table(report) -> None:
    from mlsteps.cohorts.gradebook import points_text

    results = sorted(report.results, key=lambda r: r.position)  # the course's order (report.results keeps it)
    exercises = list(dict.fromkeys(r.exercise for r in results))
    titles = {r.exercise: r.title or r.exercise for r in results}
    possible = {r.exercise: r.points_possible for r in results}
    by_learner: dict[str, dict[str, object]] = {}
    for r in report.results:
        by_learner.setdefault(r.learner, {})[r.exercise] = r
    rows = []
    for learner, grades in by_learner.items():
        earned = sum(grade.points for grade in grades.values())  # type: ignore[attr-defined]
        marks = [_mark(grades[e]) if e in grades else "" for e in exercises]
        rows.append([learner, *marks, f"{points_text(earned)}/{points_text(sum(possible.values()))}"])
    _table("Grades", "learner", [titles[e] for e in exercises], "points", rows)


def _table(title: str, first: str, headers: list[str], last: str, rows: list[list[str]]) -> None:
    """A learners × questions table whose headers are never cut: titles when they fit across the terminal (wrapped
    at their spaces), else numbers with the titles listed under the table."""
    from rich.table import Table

    from mlsteps.interfaces.console import console

    def widest(column: int, texts: list[str]) -> int:
        words = [len(word) for text in texts for word in text.split()]
        return max([len(row[column]) for row in rows] + words + [1])

    inner = sum(widest(n + 1, [header]) for n, header in enumerate(headers))
    outer = widest(0, [first]) + widest(len(headers) + 1, [last])
    numbered = outer + inner + 3 * (len(headers) + 2) + 1 > console.width
    shown = [str(number) for number in range(1, len(headers) + 1)] if numbered else headers
    table = Table(title=title)
    least = 1
    for header in [first, *shown, last]:  # a header wraps at its spaces, never inside a word; cells may fold
        narrowest = max(len(word) for word in header.split())
        table.add_column(header, overflow="fold", min_width=narrowest)
        least += narrowest + 3
    for row in rows:
        table.add_row(*row)
    console.print(table, width=max(console.width, least), crop=False)  # wider than the terminal rather than cut
    if numbered:
        for number, header in enumerate(headers, start=1):
            _say(f"  {number}  {header}")


@app.command("gradebook")
def show_gradebook(
    db: DbOption = None,
    csv_file: Annotated[
        Path | None,
        typer.Option("--csv", help="Write the gradebook as CSV: points per question (of what each is worth), total."),
    ] = None,
    lms_csv: Annotated[
        Path | None,
        typer.Option(
            "--lms-csv", help="Write the points as CSV for Canvas's or Moodle's grade import: a column per question."
        ),
    ] = None,
    feedback: Annotated[
        Path | None, typer.Option("--feedback", help="Write one Markdown feedback file per learner in this folder.")
    ] = None,
    release_hidden: Annotated[
        bool,
        typer.Option(
            "--release-hidden",
            help="With --feedback: show the failing cases kept for grading too (their call, expected and got).",
        ),
    ] = False,
    stuck: Annotated[bool, typer.Option("--stuck", help="Show where the cohort is stuck, per exercise.")] = False,
    similar: Annotated[
        bool,
        typer.Option("--similar", help="Group identical and near-identical answers (names, comments, layout aside)."),
    ] = False,
    course: CourseOption = None,
    as_json: JsonFlag = False,
) -> None:
    """The gradebook: learners × questions with points; export it as CSV (also for Canvas and Moodle) or JSON, write
    feedback, see where people are stuck, or which answers are the same code."""
    from mlsteps.cohorts import gradebook

    if release_hidden and feedback is None:
        raise fail("--release-hidden goes with --feedback DIR: it shows the hidden cases in the feedback files.")
    with _gradebook_store(db) as store:
        book = gradebook.load(store)
    if not book.learners:
        raise fail("The gradebook is empty. `mlsteps grade SUBMISSIONS --exercises ...` fills it.")
    catalog = _known_catalog(course)
    if catalog is not None:  # grades from before titles were kept: the course's own titles
        book.titles.update({e: catalog.get(e).title for e in book.exercises if e not in book.titles and e in catalog})
    from mlsteps.record.files import write_atomically

    for path, text in ((csv_file, gradebook.to_csv), (lms_csv, gradebook.to_lms_csv)):
        if path is not None:
            write_atomically(path, text(book))
            _say(f"Wrote {path} ({len(book.learners)} learners, {len(book.exercises)} questions).")
    if feedback is not None:
        written = gradebook.write_feedback(book, feedback, release_hidden=release_hidden)
        hidden = " (the failing hidden cases shown)" if release_hidden else ""
        _say(f"Wrote {len(written)} feedback files in {feedback}{hidden}.")
    if similar:
        groups = gradebook.similar(book, _known_shapes(catalog, book.exercises))
        if as_json:
            print_json([group.to_dict() | {"title": book.title(group.exercise)} for group in groups])
        else:
            _similar_view(book, groups)
        return
    if stuck:
        rows = gradebook.stuck(book)
        if as_json:
            print_json([row.__dict__ for row in rows])
        else:
            _stuck_view(rows)
        return
    if as_json:
        print_json(book.to_dict())
    elif csv_file is None and lms_csv is None and feedback is None:
        _book_view(book)


def _known_catalog(courses: list[Path] | None) -> Catalog | None:
    """The workspace's courses and any named: for titles and the starters' and solutions' shapes (None: unknown)."""
    try:
        return _catalog(courses)
    except typer.Exit:
        if courses:
            raise
        return None


def _known_shapes(catalog: Catalog | None, exercises: list[str]) -> dict[str, dict[str, str]]:
    from mlsteps.cohorts.similar import code_shape

    known: dict[str, dict[str, str]] = {}
    for exercise_id in exercises:
        if catalog is None or exercise_id not in catalog:
            continue
        exercise = catalog.get(exercise_id)
        for name, text in (("the starter", exercise.starter), ("the reference solution", exercise.solution)):
            if (shape := code_shape(text)) is not None:
                known.setdefault(exercise_id, {})[shape] = name
    return known


def _mark(grade) -> str:
    from mlsteps.cohorts.gradebook import points_text

    worth = f"{points_text(grade.points)}/{points_text(grade.points_possible)}"
    if grade.passed:
        return f"✓ {worth}"
    return f"✗ {worth} {grade.verdict}"


def _book_view(book) -> None:
    from mlsteps.cohorts.gradebook import points_text

    rows = []
    for learner in book.learners:
        marks = []
        for exercise in book.exercises:
            cell = book.cell(learner, exercise)
            marks.append("" if cell is None else _mark(cell))
        rows.append([learner, *marks, f"{points_text(book.total(learner))}/{points_text(book.total_possible())}"])
    _table("Gradebook", "learner", [book.title(e) for e in book.exercises], "points", rows)


def _similar_view(book, groups) -> None:
    if not groups:
        _say("No two learners gave the same code for any question (names, comments and layout aside).")
        return
    _say("The same code, names, comments and layout aside:", "bold")
    shown = None
    for group in groups:
        if group.exercise != shown:
            shown = group.exercise
            _say(f"{book.title(group.exercise)} ({group.exercise})")
        kind = "identical code" if group.identical else "the same code but for names, comments or layout"
        whose = f", {group.same_as}" if group.same_as else ""
        _say(f"  {len(group.learners)} learners, {kind}{whose} ({group.verdict}): {', '.join(group.learners)}")


def _stuck_view(rows) -> None:
    from rich.table import Table

    from mlsteps.interfaces.console import console

    table = Table(title="Where it sticks")
    headers = ("question", "passed", "most common failing case", "recorded mistakes seen")
    for header in headers:  # never cut: wrapped at spaces, cells folded
        table.add_column(header, overflow="fold", min_width=max(len(word) for word in header.split()))
    least = 1 + sum(max(len(word) for word in header.split()) + 3 for header in headers)
    for row in rows:
        case = f"{row.common_case} ({row.common_case_count}×)" if row.common_case else "—"
        mistakes = ", ".join(f"{name} ({count}×)" for name, count in row.mistakes) or "—"
        question = f"{row.title} ({row.exercise})" if row.title and row.title != row.exercise else row.exercise
        table.add_row(question, f"{row.passed}/{row.submissions} ({row.pass_rate:.0%})", case, mistakes)
    console.print(table, width=max(console.width, least), crop=False)
