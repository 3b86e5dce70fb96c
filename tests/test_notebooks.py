"""The curriculum as notebooks: written by init, never overwritten, checked inside a real kernel; and `mlsteps lab`."""

import json
import os
import shutil
import subprocess
import sys

import nbformat
import pytest
from conftest import run_cli

from mlsteps.engine.catalog import Catalog
from mlsteps.journey.journey import Journey
from mlsteps.notebooks.code import Cell, checked_ids, gather
from mlsteps.notebooks.headless import run_notebook
from mlsteps.notebooks.topics import NEW_NOTEBOOK_SUFFIX, notebook_of, topic_notebooks, write_notebooks
from mlsteps.record.store import Store

EXERCISE = "python/list-comprehensions"
TOPIC = "notebooks/1-python/comprehensions.ipynb"


def read(path):
    return nbformat.read(path, as_version=4)


def role(cell):
    return cell.metadata.get("mlsteps", {}).get("role"), cell.metadata.get("mlsteps", {}).get("exercise")


def code_cell_of(notebook, exercise_id):
    return next(cell for cell in notebook.cells if role(cell) == ("code", exercise_id))


def test_init_writes_one_notebook_per_topic_with_prompt_starter_and_check(workspace, catalog):
    seen = []
    for entry in topic_notebooks(catalog):
        notebook = read(workspace.root / entry.path)
        nbformat.validate(notebook)
        assert notebook.metadata.kernelspec.name == "python3"
        assert role(notebook.cells[0])[0] == "title" and entry.topic.title in notebook.cells[0].source
        assert role(notebook.cells[1])[0] == "setup" and "from mlsteps import check" in notebook.cells[1].source
        for exercise in entry.exercises:
            cells = {role(cell)[0]: cell for cell in notebook.cells if role(cell)[1] == exercise.id}
            assert cells["prompt"].cell_type == "markdown"
            assert exercise.prompt.splitlines()[0].lstrip("# ") in cells["prompt"].source
            assert cells["code"].source == exercise.starter.rstrip("\n")
            assert checked_ids(cells["check"].source) == [exercise.id]
            seen.append(exercise.id)
    assert sorted(seen) == sorted(exercise.id for exercise in catalog)
    assert (workspace.root / TOPIC).is_file()


def test_a_notebook_is_never_overwritten_without_force_and_force_keeps_a_copy(workspace, catalog):
    path = workspace.root / TOPIC
    mine = read(path)
    code_cell_of(mine, EXERCISE).source = "def even_squares(numbers):\n    return 'my work'\n"
    nbformat.write(mine, path)
    before = path.read_text()

    for args in (("init", "."), ("notebooks",), ("notebooks", "--json")):
        result = run_cli(*args, cwd=workspace.root)
        assert result.returncode == 0, result.stderr
        assert path.read_text() == before

    forced = run_cli("notebooks", "--force", "--json", cwd=workspace.root)
    assert forced.returncode == 0, forced.stderr
    replaced = json.loads(forced.stdout)["replaced"]
    assert [item["path"] for item in replaced] == [TOPIC]
    assert (workspace.root / replaced[0]["backup"]).read_text() == before
    assert code_cell_of(read(path), EXERCISE).source == catalog.get(EXERCISE).starter.rstrip("\n")


def test_a_missing_notebook_is_written_and_an_unreadable_one_left_alone(workspace):
    (workspace.root / TOPIC).unlink()
    broken = workspace.root / "notebooks/1-python/strings.ipynb"
    broken.write_text("{ not a notebook")
    result = run_cli("notebooks", "--json", cwd=workspace.root)
    report = json.loads(result.stdout)
    assert report["created"] == [TOPIC] and (workspace.root / TOPIC).is_file()
    assert report["unreadable"] == ["notebooks/1-python/strings.ipynb"]
    assert broken.read_text() == "{ not a notebook"
    shown = run_cli("notebooks", cwd=workspace.root)
    assert "cannot be read as a notebook" in shown.stdout and "--force" in shown.stdout


@pytest.fixture
def upgraded_catalog(tmp_path, catalog):
    """The content as a later release might ship it: one starter of the comprehensions topic changed."""
    content = tmp_path / "content"
    shutil.copytree(catalog.content, content)
    starter = Catalog(content).get(EXERCISE).folder / "starter.py"
    starter.write_text(starter.read_text() + "\n# A clearer comment in the new release.\n")
    return Catalog(content)


def test_an_untouched_notebook_is_refreshed_and_a_changed_one_gets_the_new_version_beside(workspace, upgraded_catalog):
    path = workspace.root / TOPIC
    ran = read(path)  # running cells adds outputs, but the learner changed nothing
    code_cell_of(ran, EXERCISE).outputs = [nbformat.v4.new_output("stream", text="hello\n")]
    nbformat.write(ran, path)
    report = write_notebooks(workspace.root, upgraded_catalog)
    assert TOPIC in report.updated
    assert "# A clearer comment" in code_cell_of(read(path), EXERCISE).source

    mine = read(path)
    code_cell_of(mine, EXERCISE).source = "def even_squares(numbers):\n    return 'mine'\n"
    nbformat.write(mine, path)
    (upgraded_catalog.get(EXERCISE).folder / "starter.py").write_text("def even_squares(numbers):\n    return []\n")
    newer = Catalog(upgraded_catalog.content)
    report = workspace.sync(newer)
    beside = path.with_name("comprehensions" + NEW_NOTEBOOK_SUFFIX)
    assert beside.relative_to(workspace.root).as_posix() in report.beside
    assert code_cell_of(read(path), EXERCISE).source == "def even_squares(numbers):\n    return 'mine'\n"
    assert code_cell_of(read(beside), EXERCISE).source == "def even_squares(numbers):\n    return []"
    assert write_notebooks(workspace.root, newer).beside == []  # said once, not at every init


def test_init_twice_on_an_unchanged_install_writes_nothing_beside_a_changed_notebook_or_file(workspace, catalog):
    """A starter goes beside the learner's file only when the starter changed since their file was written."""
    notebook = workspace.root / TOPIC
    mine = read(notebook)
    code_cell_of(mine, EXERCISE).source = "def even_squares(numbers):\n    return 'my work'\n"
    nbformat.write(mine, notebook)  # as Jupyter saves it: sources as lists of lines, its own formatting
    exercise_file = workspace.root / catalog.get(EXERCISE).workspace_path
    exercise_file.write_text("def even_squares(numbers):\n    return 'mine too'\n")

    def files() -> dict[str, bytes]:
        return {
            path.relative_to(workspace.root).as_posix(): path.read_bytes()
            for path in workspace.root.rglob("*")
            if path.is_file() and ".mlsteps" not in path.parts
        }

    before = files()
    for _ in range(2):  # what `init` does, on one and the same content
        report = workspace.sync(catalog)
        assert (report.created, report.updated, report.beside) == ([], [], [])
    assert files() == before
    workspace.close()
    for _ in range(2):  # and the command itself, as the learner runs it
        result = run_cli("init", ".", cwd=workspace.root)
        assert result.returncode == 0, result.stderr
        assert "beside" not in result.stdout
    assert not list(workspace.root.rglob("*.new-starter.*"))
    assert notebook.read_bytes() == before[TOPIC]


# ------------------------------------------------------------------------------------- gathering code


def test_gathering_keeps_what_the_function_needs_and_leaves_the_rest_out(workspace, catalog):
    cells = [
        Cell("cell [1]", "from mlsteps import check, hint, solution\nimport math"),
        Cell("cell [2]", "def even_squares(numbers):\n    return [square(n) for n in numbers if n % 2 == 0]"),
        Cell("cell [3]", "even_squares([1, 2])\nwhile True:\n    pass"),
        Cell("cell [4]", "import os\nos._exit(1)"),
        Cell("cell [5]", "%matplotlib inline\ndef square(n):\n    return n * n * SCALE\nSCALE = 1"),
        Cell("cell [6]", "def broken(:\n    pass"),
        Cell("cell [7]", 'check("python/list-comprehensions")\nSCALE = 2\ndata = open("missing.csv").read()'),
        Cell("cell [8]", "SCALE = 1\n!ls"),
    ]
    code = gather(cells, "even_squares", EXERCISE)
    assert code.defines_entry
    kept = code.text
    assert "def even_squares" in kept and "def square" in kept and "SCALE = 1" in kept
    for left_out in ("while True", "os._exit", "import check", "get_ipython", "missing.csv", "SCALE = 2", "broken"):
        assert left_out not in kept
    compile(kept, "gathered.py", "exec")
    line = kept.splitlines().index("    return n * n * SCALE") + 1
    assert code.where(line) == ("cell [5]", 3)

    source = code.write(workspace.root / ".mlsteps" / "gathered.py")
    journey = Journey(workspace, catalog)
    try:
        assert journey.check(catalog.get(EXERCISE), source=source).passed
    finally:
        journey.close()


def test_the_last_definition_run_is_the_one_checked():
    first = "def even_squares(numbers):\n    return []"
    second = "def even_squares(numbers):\n    return [n * n for n in numbers if n % 2 == 0]"
    code = gather([Cell("cell [1]", second), Cell("cell [2]", first)], "even_squares", EXERCISE)
    assert "return []" in code.text and "n * n" not in code.text
    assert not gather([Cell("cell [1]", "x = 1")], "even_squares", EXERCISE).defines_entry


def test_checked_ids_reads_calls_and_the_magic():
    assert checked_ids('check("python/fizzbuzz")') == ["python/fizzbuzz"]
    assert checked_ids("%check python/fizzbuzz") == ["python/fizzbuzz"]
    assert checked_ids("checked = 1\nhint('python/fizzbuzz')") == []


# ------------------------------------------------------------------------------------ inside a kernel


def test_checking_inside_a_real_kernel_judges_in_the_worker_and_records_the_attempt(workspace, catalog):
    exercise, second = catalog.get(EXERCISE), catalog.get("python/dict-comprehension")
    notebook = read(workspace.root / TOPIC)
    code_cell_of(notebook, EXERCISE).source = exercise.solution
    wrong = "def word_lengths(words):\n    zero = 0\n    return {word: len(word) / zero for word in words}"
    code_cell_of(notebook, second.id).source = wrong
    extra = {
        "hint": f'hint("{second.id}")',
        "magic": f"%check {EXERCISE}",
        "solution": f'solution("{second.id}")',
        "hang": "def word_lengths(words):\n    while True:\n        pass",
        "check hang": f'check("{second.id}")  # again, with the loop',
        "alive": "print('the kernel is still alive')",
        "unknown": 'check("python/no-such-thing")',
    }
    notebook.cells += [nbformat.v4.new_code_cell(source) for source in extra.values()]
    run = run_notebook(notebook, (workspace.root / TOPIC).parent, headless=False)
    assert run.stopped_at is None, run.problems

    def shown(source, kind="text/plain"):
        cell = next(cell for cell in notebook.cells if cell.source == source)
        return "".join(out.get("data", {}).get(kind, "") + out.get("text", "") for out in cell.outputs)

    passed = shown(f'check("{EXERCISE}")', "text/html")
    assert "passed" in passed and "<div" in passed
    failed = shown(f'check("{second.id}")')
    assert "✗ error" in failed and "ZeroDivisionError" in failed
    assert "line 3 of cell [" in failed  # the learner's own line, named by the notebook's cell
    assert f'hint("{second.id}")' in failed  # the next step, said the notebook's way
    assert second.hints[0] in shown(extra["hint"])
    assert "passed" in shown(extra["magic"])
    assert second.solution.splitlines()[0] in shown(extra["solution"])
    assert "timeout" in shown(extra["check hang"])  # the worker's limits hold in a notebook as on the command line
    assert "still alive" in shown(extra["alive"])
    assert "Did you mean" in shown(extra["unknown"]) or "no exercise called" in shown(extra["unknown"])

    store = Store.at(workspace.root / ".mlsteps" / "journey.db")
    try:
        assert [a.verdict for a in store.attempts(EXERCISE)] == ["passed", "passed"]
        assert [a.verdict for a in store.attempts(second.id)] == ["error", "timeout"]
        assert store.attempts(second.id)[-1].hints_used == 1 and store.attempts(second.id)[-1].solution_viewed
    finally:
        store.close()
    gathered = workspace.root / ".mlsteps" / "notebook-code" / second.workspace_path
    assert "while True" in gathered.read_text()


def test_import_mlsteps_stays_light_and_check_outside_ipython_checks_the_file(workspace):
    probe = (
        "import sys, mlsteps\n"
        "heavy = [m for m in ('sqlalchemy', 'IPython', 'nbformat', 'nbclient', 'mlsteps.interfaces.notebook') "
        "if m in sys.modules]\n"
        "print('heavy:', heavy)\n"
        f"from mlsteps import check\nprint(repr(check('{EXERCISE}')))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], cwd=workspace.root, capture_output=True, text=True, timeout=60
    )
    assert "heavy: []" in result.stdout, result.stdout + result.stderr
    assert "✗ failed" in result.stdout and EXERCISE in result.stdout  # the starter, from the workspace file


def test_outside_a_workspace_check_says_how_to_make_one(tmp_path):
    probe = f"from mlsteps import check\nprint(repr(check('{EXERCISE}')))"
    environment = {**os.environ, "MLSTEPS_WORKSPACE": str(tmp_path / "none")}
    result = subprocess.run(
        [sys.executable, "-c", probe], cwd=tmp_path, capture_output=True, text=True, timeout=60, env=environment
    )
    assert "not inside an mlsteps workspace" in result.stdout and "mlsteps start" in result.stdout


# ----------------------------------------------------------------------------------------- mlsteps lab


def test_lab_opens_jupyterlab_on_the_workspace_at_the_current_notebook(workspace, catalog, tmp_path):
    fake = tmp_path / "fake"
    (fake / "jupyterlab").mkdir(parents=True)
    (fake / "jupyterlab" / "__init__.py").write_text("")
    record = tmp_path / "launched.json"
    (fake / "jupyterlab" / "__main__.py").write_text(
        "import json, os, sys\n"
        f"open({str(record)!r}, 'w').write(json.dumps({{'argv': sys.argv[1:], 'cwd': os.getcwd()}}))\n"
    )
    result = run_cli("lab", cwd=workspace.root, env={"PYTHONPATH": str(fake)})
    assert result.returncode == 0, result.stderr
    launched = json.loads(record.read_text())
    assert launched["cwd"] == str(workspace.root)
    assert f"--ServerApp.root_dir={workspace.root}" in launched["argv"]
    assert notebook_of(catalog, catalog.exercises[0]) in launched["argv"]  # the learner is on the first exercise


def test_lab_says_how_to_install_jupyterlab_when_it_is_missing(workspace, tmp_path):
    hide = tmp_path / "hide"
    hide.mkdir()
    (hide / "sitecustomize.py").write_text("import sys\nsys.modules['jupyterlab'] = None  # as if not installed\n")
    result = run_cli("lab", cwd=workspace.root, env={"PYTHONPATH": str(hide)})
    assert result.returncode == 1
    assert 'pip install "mlsteps[lab]"' in result.stderr and "pip install jupyterlab" in result.stderr
