"""`mlsteps project ...` as a learner runs it: real processes, real kernels, real git, in a fresh workspace.

Git runs as on a fresh machine (no global or system configuration), so the first commit must bring its own author.
Dates are passed in; nothing depends on today. The learner's edits are made as they would make them: text and code
typed into cells, the notebook run from the top and saved, files committed.
"""

import json
import os
import re
import subprocess
from importlib.metadata import version

import nbformat
import pytest
from conftest import run_cli

from mlsteps.projects import check as project_check
from mlsteps.projects import run as project_run
from mlsteps.projects import templates as project_templates

FRESH_GIT = {"GIT_CONFIG_GLOBAL": "/dev/null", "GIT_CONFIG_NOSYSTEM": "1"}
SLOW = 300  # seconds a command that runs notebooks may take on a busy machine
TEMPLATES = [template.name for template in project_templates.templates() if not template.needs_data]
PNG = b"\x89PNG\r\n\x1a\n"
EVERY_FINDING = [
    "notebook_runs",
    "reproducible",
    "placeholders",
    "your_own_work",
    "what_i_learned",
    "readme_sections",
    "figure",
    "requirements_pinned",
    "licence",
    "no_large_files",
    "no_secrets",
    "committed",
]
# What a fresh scaffold still needs from the learner (the workspace knows the learner's name).
SCAFFOLD_FINDINGS = {"placeholders", "your_own_work", "what_i_learned", "readme_sections", "figure"}


def project(*args: str, cwd, status: int | None = 0) -> dict | list:
    result = run_cli("project", *args, "--json", cwd=cwd, timeout=SLOW, env=FRESH_GIT)
    if status is not None:
        assert result.returncode == status, (result.stdout, result.stderr)
    return json.loads(result.stdout)


def git(folder, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=folder, capture_output=True, text=True, check=True).stdout.strip()


def commit_all(folder, message: str) -> None:
    git(folder, "add", "-A")
    git(folder, "-c", "user.name=Test", "-c", "user.email=test@example.org", "commit", "-q", "-m", message)


def set_name(root, name: str) -> None:
    config = root / "mlsteps.toml"
    config.write_text(config.read_text().replace('name = ""', f'name = "{name}"'))


@pytest.fixture
def named(workspace):
    """The workspace, with the learner's name in mlsteps.toml (it goes into the licence and the first commit)."""
    set_name(workspace.root, "Ada Lovelace")
    return workspace.root


def failing(findings) -> set[str]:
    return {finding["name"] if isinstance(finding, dict) else finding.name for finding in findings} - {
        finding["name"] if isinstance(finding, dict) else finding.name
        for finding in findings
        if (finding["passed"] if isinstance(finding, dict) else finding.passed)
    }


def messages(findings) -> dict[str, str]:
    return {finding.name: finding.message for finding in findings}


def front_matter(text: str) -> dict:
    match = re.match(r"---\n(.*?)\n---\n", text, re.DOTALL)
    assert match, text[:200]
    import yaml
    return yaml.safe_load(match.group(1))


class Notebook:
    """The learner's notebook, edited as in Jupyter: find a cell by what it says, change it, save."""

    def __init__(self, path):
        self.path = path
        self.notebook = nbformat.read(path, as_version=4)

    def cell(self, starts: str):
        found = [cell for cell in self.notebook.cells if cell.source.lstrip().startswith(starts)]
        assert len(found) == 1, (starts, [cell.source[:40] for cell in self.notebook.cells])
        return found[0]

    def answer(self, starts: str, *answers: str) -> None:
        """Replace the cell's TODO paragraphs, in order, with the learner's answers."""
        cell = self.cell(starts)
        paragraphs = re.split(r"\n\s*\n", cell.source)
        todo = [index for index, part in enumerate(paragraphs) if "TODO" in part]
        assert len(todo) == len(answers), (starts, paragraphs)
        for index, answer in zip(todo, answers, strict=True):
            paragraphs[index] = answer
        cell.source = "\n\n".join(paragraphs)

    def delete(self, starts: str) -> None:
        self.notebook.cells.remove(self.cell(starts))

    def save(self) -> None:
        nbformat.write(self.notebook, self.path)

    def run_all_and_save(self) -> None:
        """Kernel > Restart Kernel and Run All Cells, then save."""
        ran = project_run.run(self.notebook, self.path.parent)
        assert ran.ok, ran.problems
        self.save()


def answer_readme(path, *answers: str) -> None:
    paragraphs = re.split(r"\n\s*\n", path.read_text())
    todo = [index for index, part in enumerate(paragraphs) if "TODO" in part]
    assert len(todo) == len(answers), [paragraphs[index] for index in todo]
    for index, answer in zip(todo, answers, strict=True):
        paragraphs[index] = answer
    path.write_text("\n\n".join(paragraphs))


# ------------------------------------------------------------------------------------------ each template


@pytest.mark.parametrize("template", TEMPLATES)
def test_each_template_makes_a_scaffold_to_fill_and_a_worked_example_to_compare_with(named, template):
    root = named
    name = f"my-{template}"
    made = project("new", name, "--template", template, "--on", "2025-03-01", cwd=root)
    folder = root / "projects" / name
    assert made["problems"] == [] and made["commit"] and made["figures"] == 0, "the charts are the learner's to draw"
    for path in (f"{name}.ipynb", "README.md", "requirements.txt", ".gitignore", "LICENSE"):
        assert (folder / path).is_file(), path
    assert "Copyright (c) 2025 Ada Lovelace" in (folder / "LICENSE").read_text()
    # A fresh machine: git had no identity, so the commit carries the learner's name and a stand-in address.
    assert made["stand_in_author"] and git(folder, "log", "--format=%an <%ae>") == "Ada Lovelace <you@example.com>"
    assert git(folder, "status", "--porcelain") == ""

    # The worked example: run, with its figures, beside the project but never in its repository.
    reference = folder / "reference" / "worked-example.ipynb"
    assert made["reference"] == str(reference) and made["reference_problems"] == []
    example = nbformat.read(reference, as_version=4)
    outputs = [output for cell in example.cells if cell.cell_type == "code" for output in cell.outputs]
    assert sum("image/png" in output.get("data", {}) for output in outputs) >= 2
    assert "reference/worked-example.ipynb" not in git(folder, "ls-files")
    assert "A worked example, not your project" in example.cells[0].source

    # The scaffold: by the learner's name, runs as it is, and every finding about the learner's own work fails.
    path = folder / f"{name}.ipynb"
    notebook = nbformat.read(path, as_version=4)
    assert notebook.cells[0].source.startswith(f"# {project_templates.get(template).title}\n\n*By Ada Lovelace, ")
    assert set(notebook.metadata["mlsteps"]["prompts"]) == {"notebook", "readme", "learned"}
    assert "scikit-learn" not in (folder / "requirements.txt").read_text(), "pinned to what the scaffold imports"
    found = {
        "placeholders": project_check.placeholders(notebook, path, folder),
        "your_own_work": project_check.your_own_work(notebook, path, folder),
        "what_i_learned": project_check.what_i_learned(notebook, path),
        "readme_sections": project_check.readme_sections(folder),
        "requirements_pinned": project_check.requirements_pinned(notebook, folder),
        "licence": project_check.licence(folder),
    }
    assert failing(found.values()) == SCAFFOLD_FINDINGS - {"figure"}, {k: f.message for k, f in found.items()}
    assert "cell 3 (`## " in found["your_own_work"].message


def test_own_data_profiles_the_learners_csv_and_asks_for_its_licence(named, tmp_path):
    root = named
    csv = tmp_path / "my rentals.csv"
    rows = ["day;station;temperature_c;rainy;rentals"]
    rows += [
        f"2024-06-{d % 30 + 1:02d};{['north', 'south'][d % 2]};{'' if d % 9 == 0 else 15 + d % 12};"
        f"{'yes' if d % 4 == 0 else 'no'};{120 + (d * 53) % 200}"
        for d in range(60)
    ]
    csv.write_text("\n".join(rows) + "\n")
    made = project("new", "rentals", "--template", "own-data", "--data", str(csv), "--on", "2025-03-01", cwd=root)
    folder = root / "projects" / "rentals"
    assert made["problems"] == [] and made["reference"] is None and made["step"] == 5
    profile = made["profile"]
    assert (profile["rows"], profile["separator"], profile["file"]) == (60, ";", "my rentals.csv")
    assert [(c["name"], c["kind"], c["missing"]) for c in profile["columns"]] == [
        ("day", "date", 0),
        ("station", "two values", 0),
        ("temperature_c", "number", 7),
        ("rainy", "two values", 0),
        ("rentals", "number", 0),
    ]
    assert profile["targets"][0]["column"] == "rentals" and profile["targets"][0]["task"] == "regression"
    assert (folder / "data" / "my rentals.csv").read_bytes() == csv.read_bytes(), "the data is copied in"
    notebook = nbformat.read(folder / "rentals.ipynb", as_version=4)
    code = "\n".join(cell.source for cell in notebook.cells if cell.cell_type == "code")
    assert 'pd.read_csv("data/my rentals.csv", sep=";")' in code
    loaded = next(cell for cell in notebook.cells if "pd.read_csv" in cell.source)
    assert "rentals" in loaded.outputs[0]["data"]["text/plain"], "the scaffold ran: the first rows are shown"
    text = "\n".join(cell.source for cell in notebook.cells if cell.cell_type == "markdown")
    assert "| `temperature_c` | number | 7 (12%) |" in text and "- `rentals`, a regression" in text
    assert "licence" in text and "TODO: your title" in notebook.cells[0].source
    readme = project_check.readme_sections(folder)
    assert not readme.passed and "nothing of your own yet" in readme.message
    answer_readme(
        folder / "README.md",
        "# Rain and bike rentals",
        "How weather moves bike rentals.",
        "Whether rain keeps people off bikes.",
        "My own counts from two stations, June 2024.",  # the data's source, but not its licence
        "A linear model against the median.",
        "Rain cuts rentals by a fifth.",
        "The data is mine, under CC BY 4.0.",
    )
    readme = project_check.readme_sections(folder)
    assert not readme.passed and "does not say the data's licence" in readme.message
    refused = run_cli("project", "new", "again", "--template", "own-data", cwd=root)
    assert refused.returncode == 2 and "--data path/to/file.csv" in refused.stderr


# ------------------------------------------------------------------------------ a learner, finding by finding


LEARNER_IMPORTS = """\
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
from sklearn.compose import make_column_transformer
from sklearn.dummy import DummyRegressor
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LinearRegression
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder
from threadpoolctl import threadpool_limits

threadpool_limits(1)"""
SPLIT = """\
features = homes.drop(columns=["house_id", "price_eur"])
prices = homes["price_eur"]
X_train, X_test, y_train, y_test = train_test_split(features, prices, test_size=0.25)
len(X_train), len(X_test)"""
BASELINE = """\
baseline = DummyRegressor(strategy="median").fit(X_train, y_train)
baseline_error = mean_absolute_error(y_test, baseline.predict(X_test))
round(baseline_error, -2)"""
MODEL = """\
columns = make_column_transformer(
    (OneHotEncoder(handle_unknown="ignore"), ["city"]),
    (SimpleImputer(strategy="median"), ["area_m2", "rooms", "age_years", "distance_km", "garden"]),
)
model = make_pipeline(columns, LinearRegression()).fit(X_train, y_train)
model_error = mean_absolute_error(y_test, model.predict(X_test))
results = pd.Series({"always the median": baseline_error, "linear regression": model_error}).round(-2)
results"""
CHART = """\
fig, ax = plt.subplots(figsize=(6, 2.5))
ax.barh(results.index, results.values / 1000)
ax.set_xlabel("mean absolute error on the test homes (thousand €)")"""
TITLE = 'ax.set_title("A linear model misses by far less than the median")'


def test_a_learner_takes_a_fresh_project_through_every_finding_to_ready_then_posts_and_publishes(workspace, tmp_path):
    root = workspace.root  # no name in mlsteps.toml yet: the scaffold says [your name]
    made = project("new", "house-prices", "--on", "2025-03-01", cwd=root)
    folder = root / "projects" / "house-prices"
    path = folder / "house-prices.ipynb"
    assert "[your name]" in (folder / "LICENSE").read_text() and "[your name]" in path.read_text()
    assert made["template"] == "tabular-regression"

    # A fresh scaffold: it runs, reproduces and is committed, but nothing in it is the learner's yet.
    findings = project_check.check_project(workspace, "house-prices")
    assert [finding.name for finding in findings] == EVERY_FINDING
    assert failing(findings) == SCAFFOLD_FINDINGS | {"licence"}
    said = messages(findings)
    assert "[your name]" in said["placeholders"] and 'name = "..."' in said["placeholders"]
    assert (
        "house-prices.ipynb, cell 1 (`# What sets the price of a home?`): [your name] (line 3)" in said["placeholders"]
    )
    assert "still the template's prompt, word for word" in said["your_own_work"]
    assert "still holds the template's prompt" in said["what_i_learned"]
    assert "nothing of your own yet in the section on the problem, the method, the result" in said["readme_sections"]
    assert "shows no figure" in said["figure"]

    # The learner writes the code: a forgotten import, a split without a seed, a chart without a title, a new
    # package not in requirements.txt, and the notebook saved without running the new cells.
    notebook = Notebook(path)
    notebook.cell("import numpy").source = LEARNER_IMPORTS
    notebook.cell("# TODO: explore").source = "homes.isna().sum()"
    notebook.cell("# TODO: split").source = SPLIT
    notebook.cell("# TODO: the baseline").source = BASELINE
    notebook.cell("# TODO: fit your model").source = MODEL
    notebook.cell("# TODO: a table").source = CHART
    notebook.save()
    findings = project_check.check_project(workspace, "house-prices")
    said = messages(findings)
    assert {"notebook_runs", "reproducible", "requirements_pinned", "figure"} <= failing(findings)
    assert "NameError: name 'mean_absolute_error' is not defined" in said["notebook_runs"]
    assert "code cell 5, the one that starts `baseline = DummyRegressor" in said["notebook_runs"]
    assert "code cell 4, line 3: train_test_split(...) without random_state" in said["reproducible"]
    assert "the saved results are not what a fresh run gives: code cell 1" in said["reproducible"]
    assert "does not list scikit-learn, threadpoolctl, which the notebook imports" in said["requirements_pinned"]
    assert f"scikit-learn=={version('scikit-learn')}" in said["requirements_pinned"]
    assert "A figure has no title (code cell 7)" in said["figure"]
    refused = run_cli("project", "blog", "house-prices", cwd=root, timeout=SLOW, env=FRESH_GIT)
    assert refused.returncode == 1 and "would still show placeholders" in refused.stderr
    assert "cell 2 (`### How to use this notebook" in " ".join(refused.stderr.split())

    # Fixes: the import, a seed, then Restart and Run All; the chart (still untitled) draws; pinned requirements.
    notebook.cell("import numpy").source = LEARNER_IMPORTS.replace(
        "from sklearn.linear_model import LinearRegression",
        "from sklearn.linear_model import LinearRegression\nfrom sklearn.metrics import mean_absolute_error",
    )
    notebook.cell("features =").source = SPLIT.replace("test_size=0.25", "test_size=0.25, random_state=42")
    notebook.run_all_and_save()
    requirements = folder / "requirements.txt"
    requirements.write_text(
        requirements.read_text()
        + f"scikit-learn=={version('scikit-learn')}\nthreadpoolctl=={version('threadpoolctl')}\n"
    )
    # The words: the learner answers most prompts, but for two only deletes the TODO, and rewrites the README's
    # data section without saying the data's licence.
    notebook.answer(
        "# What sets",
        "Can a few facts about a home estimate its asking price? Yes: a plain linear model misses by about a "
        "third of what always guessing the median misses.",
    )
    notebook.cell("# What sets").source = notebook.cell("# What sets").source.replace("[your name]", "Ada Lovelace")
    notebook.delete("### How to use this notebook")
    notebook.answer("## The problem", "A buyer wants to know whether a listing's price is fair: that is a number.")
    notebook.answer("TODO: Look before", "Fifteen homes have no age; the median fills them in, inside the pipeline.")
    lazy = notebook.cell("## How success is measured")
    lazy.source = lazy.source.replace("TODO: ", "")
    notebook.answer("## The baseline", "Always the median price of the training homes.")
    notebook.answer("## The model", "A linear regression, with the city one-hot encoded.")
    notebook.answer("## The result", "The linear model's error is far below the baseline's.")
    learned = notebook.cell("## What I learned")
    learned.source = learned.source.replace("TODO: ", "")
    notebook.cell("baseline = DummyRegressor").metadata["tags"] = ["hide-code"]
    notebook.save()
    readme = folder / "README.md"
    readme.write_text(re.sub(r"`data/housing.csv`:.*?licence\.\n\n", "", readme.read_text(), flags=re.DOTALL))
    answer_readme(
        readme,
        "Estimating asking prices of homes from a few facts, and how far off the estimates are.",
        "Buyers want to know whether a price is fair.",
        "Homes for sale in three cities, with their size, age and distance to the centre.",  # replaces the licence
        "A linear regression against the median price, on a quarter of the homes kept aside.",
        "The linear model misses by about a third of the baseline's error.",
    )
    findings = project_check.check_project(workspace, "house-prices")
    said = messages(findings)
    assert failing(findings) == {"your_own_work", "what_i_learned", "readme_sections", "figure", "licence", "committed"}
    assert "house-prices.ipynb, cell 8 (`## How success is measured`)" in said["your_own_work"]
    assert "still holds the template's prompt" in said["what_i_learned"]
    assert "does not say the data's licence" in said["readme_sections"]
    assert "A figure has no title (code cell 7)" in said["figure"]
    assert "Changes are not committed" in said["committed"]

    # The last of it, and a commit: ready to share, from the command line.
    notebook.cell(
        "## How success is measured"
    ).source = "## How success is measured\n\nThe mean absolute error, in euros, on a quarter of the homes kept aside."
    notebook.cell("## What I learned").source = (
        "## What I learned\n\n- A baseline tells me whether a model learned anything.\n"
        "- Filling gaps inside the pipeline keeps the test homes out of training."
    )
    notebook.cell("fig, ax").source = CHART + "\n" + TITLE
    notebook.run_all_and_save()
    readme.write_text(readme.read_text().replace("centre.", "centre. Invented for learning; MIT licence."))
    (folder / "LICENSE").write_text((folder / "LICENSE").read_text().replace("[your name]", "Ada Lovelace"))
    set_name(root, "Ada Lovelace")
    commit_all(folder, "My analysis")
    ready = run_cli("project", "check", "house-prices", cwd=root, timeout=SLOW, env=FRESH_GIT)
    assert ready.returncode == 0, ready.stdout
    assert "Ready to share" in ready.stdout and "12 of 12" not in ready.stdout

    # The post: clean, the learner's, with its figure described by its title.
    post = project("blog", "house-prices", "--on", "2025-04-02", cwd=root)
    text = (folder / "post" / "2025-04-02-house-prices.md").read_text()
    meta = front_matter(text)
    assert meta["title"] == "What sets the price of a home?" and meta["author"] == "Ada Lovelace"
    assert meta["description"].startswith("Can a few facts about a home estimate its asking price? Yes")
    assert meta["tags"] == list(project_templates.get("tabular-regression").tags)
    body = text.split("---\n", 2)[2]
    assert "threadpool_limits at 0x" not in body and not re.search(r"\bat 0x[0-9a-f]+", body)
    assert "Text(0.5" not in body and "<your name>" not in body and "[your name]" not in body and "TODO" not in body
    assert "baseline = DummyRegressor" not in body and "model = make_pipeline" in body, "hide-code hides the code"
    assert post["alt_texts"] == ["A linear model misses by far less than the median"]
    assert "![A linear model misses by far less than the median](house-prices-figure-1.png)" in body
    assert (folder / "post" / "house-prices-figure-1.png").read_bytes().startswith(PNG)
    assert post["dropped_outputs"] >= 2 and post["code"] == "show"

    # In the journey: a repository and a post, counted by progress.
    standing = {item["name"]: item for item in project("list", cwd=root)}["house-prices"]
    assert standing["stage"] == "post written" and standing["uncommitted"] > 0
    assert (standing["started_on"], standing["repository_on"], standing["post_on"]) == (
        "2025-03-01",
        "2025-03-01",
        "2025-04-02",
    )
    figures = json.loads(run_cli("progress", "--as-of", "2025-12-31", "--json", cwd=root).stdout)
    assert (figures["steps"][2]["repositories"], figures["steps"][2]["posts"]) == (1, 1)
    assert (figures["year_on_year"]["this_year"]["repositories"], figures["year_on_year"]["this_year"]["posts"]) == (
        1,
        1,
    )

    # Publishing: exact steps without a remote; one command with one; a failed push says what it would have run.
    commit_all(folder, "Blog post")
    shown = project("publish", "house-prices", "--user", "octocat", cwd=root)
    assert shown["ready"] and not shown["pushed"] and shown["ran"] == [] and git(folder, "remote") == ""
    assert "https://github.com/new?name=house-prices&visibility=public&owner=octocat" in shown["message"]
    one = "mlsteps project publish house-prices --remote https://github.com/octocat/house-prices.git --run"
    assert shown["one_command"] == one and one in shown["message"]
    assert shown["commands"][1:] == [
        "git remote add origin https://github.com/octocat/house-prices.git",
        "git push -u origin main",
    ]
    assert shown["with_gh"][1] == "gh repo create house-prices --public --source . --remote origin --push"
    offline = project("publish", "house-prices", "--remote", str(tmp_path / "nowhere.git"), "--run", cwd=root, status=1)
    assert not offline["pushed"] and "It would have run: git push -u origin main" in offline["message"]
    remote = tmp_path / "house-prices.git"
    subprocess.run(["git", "init", "-q", "--bare", str(remote)], check=True)
    pushed = project("publish", "house-prices", "--remote", str(remote), "--run", cwd=root)
    assert pushed["pushed"] and pushed["url"] == str(remote) and str(remote) in pushed["message"]
    assert pushed["ran"] == [f"git remote set-url origin {remote}", "git push -u origin main"]
    assert git(remote, "rev-parse", "main") == git(folder, "rev-parse", "HEAD")
    standing = {item["name"]: item for item in project("list", cwd=root)}["house-prices"]
    assert standing["stage"] == "published" and standing["remote"] == str(remote)


# ------------------------------------------------------------------------------------------ what must not go


def test_a_project_with_a_secret_a_big_file_and_a_failing_cell_is_not_ready(named):
    root = named
    project("new", "leaky", "--template", "exploratory-analysis", "--on", "2025-03-01", cwd=root)
    folder = root / "projects" / "leaky"
    path = folder / "leaky.ipynb"
    notebook = nbformat.read(path, as_version=4)
    notebook.cells = [cell for cell in notebook.cells if "TODO" not in cell.source]  # prompts deleted, not answered
    notebook.cells.insert(3, nbformat.v4.new_code_cell("ratio = 1 / 0"))
    notebook.cells.insert(4, nbformat.v4.new_code_cell('db_password = "hunter2hunter2"'))
    nbformat.write(notebook, path)
    token = "ghp_" + "A1b2C3d4E5" * 4  # made here, so that no token-shaped text sits in mlsteps's own sources
    (folder / "settings.py").write_text(f'GITHUB = "{token}"\n')
    (folder / "data" / "big.bin").write_bytes(b"\1" * (6 * 1024 * 1024))
    (folder / "requirements.txt").write_text("numpy\npandas==1.0.0\n")
    readme = folder / "README.md"
    readme.write_text(readme.read_text().replace("## The method", "## Notes"))
    commit_all(folder, "my changes")

    findings = {f["name"]: f for f in project("check", "leaky", cwd=root, status=1)}
    assert not findings["notebook_runs"]["passed"]
    assert "cell 4 raised ZeroDivisionError" in findings["notebook_runs"]["message"]
    assert "code cell 3, the one that starts `ratio = 1 / 0`" in findings["notebook_runs"]["message"]
    secrets = findings["no_secrets"]["message"]
    assert not findings["no_secrets"]["passed"]
    assert "settings.py, line 1: a GitHub token (ghp_…), committed" in secrets
    assert "leaky.ipynb, cell 5, line 1: a password or key written into the code (hunt…), committed" in secrets
    assert token not in secrets and "hunter2hunter2" not in secrets
    assert "revoke it" in secrets and "os.environ" in secrets
    assert (
        not findings["no_large_files"]["passed"]
        and "data/big.bin (6.0 MB, committed)" in findings["no_large_files"]["message"]
    )
    pinned = findings["requirements_pinned"]["message"]
    assert not findings["requirements_pinned"]["passed"] and "does not pin numpy to one version" in pinned
    assert f"pandas==1.0.0 (installed: {version('pandas')})" in pinned and "does not list matplotlib" in pinned
    assert not findings["readme_sections"]["passed"]
    assert "no section on the method" in findings["readme_sections"]["message"]
    assert not findings["what_i_learned"]["passed"] and "has no" in findings["what_i_learned"]["message"]
    assert findings["committed"]["passed"] and findings["licence"]["passed"]
    own = findings["your_own_work"]["message"]
    assert "README.md: the section" in own and "leaky.ipynb" not in own, "the prompts left are the README's"

    refused = run_cli("project", "blog", "leaky", "--on", "2025-04-02", cwd=root, timeout=SLOW, env=FRESH_GIT)
    assert refused.returncode == 1
    assert "no post was written" in refused.stderr and "cell 4 raised ZeroDivisionError" in refused.stderr
    assert not (folder / "post").exists()


def test_bad_input_is_refused_with_a_clear_message_and_nothing_made(workspace, tmp_path):
    root = workspace.root

    def refused(*args: str, says: str) -> None:
        result = run_cli("project", *args, cwd=root)
        assert result.returncode == 2, (result.stdout, result.stderr)
        assert says in " ".join(result.stderr.split()), result.stderr

    refused("new", "house prices", says="use letters, digits, '-' and '_' only")
    refused("new", "../escape", says="cannot name a project")
    refused("new", "fine", "--template", "nope", says="no project template called 'nope'. The templates are:")
    refused("new", "fine", "--on", "2999-01-01", says="is in the future")
    refused("new", "fine", "--template", "own-data", says="starts from your own data")
    refused("new", "fine", "--data", "x.csv", says="--data is not for it")
    refused("new", "fine", "--template", "own-data", "--data", str(tmp_path / "none.csv"), says="There is no file")
    (tmp_path / "one.csv").write_text("only\n1\n")
    refused("new", "fine", "--template", "own-data", "--data", str(tmp_path / "one.csv"), says="at least two columns")
    (root / "projects" / "taken").mkdir()
    refused("new", "taken", says="already exists")
    refused("check", "ghost", says="There is no project called 'ghost' in projects/. Your projects: taken.")
    refused("blog", "taken", says="holds no notebook")
    refused("blog", "taken", "--code", "sometimes", says="--code is show or hide")
    (root / "projects" / "taken" / "taken.ipynb").write_text("{ not json")
    refused("check", "taken", says="cannot be read as a Jupyter notebook")
    assert sorted(path.name for path in (root / "projects").iterdir()) == ["taken"]
    assert json.loads(run_cli("project", "list", "--json", cwd=root).stdout)[0]["stage"] == "started"


def test_templates_are_listed_with_name_and_description(workspace):
    listed = json.loads(run_cli("project", "templates", "--json", cwd=workspace.root).stdout)
    names = {t["name"]: t for t in listed}
    assert {"tabular-regression", "exploratory-analysis", "transfer-learning", "own-data"} <= set(names)
    assert all(t["description"] and t["title"] and 1 <= t["step"] <= 5 for t in listed)
    assert names["own-data"]["needs_data"] and not names["own-data"]["worked_example"]
    assert names["transfer-learning"]["worked_example"] and not names["transfer-learning"]["needs_data"]
    shown = run_cli("project", "templates", cwd=workspace.root)
    assert shown.returncode == 0 and "transfer-learning" in shown.stdout and "own-data" in shown.stdout


def test_a_project_committed_by_hand_counts_from_its_first_commit(workspace):
    root = workspace.root
    folder = root / "projects" / "by-hand"
    folder.mkdir()
    (folder / "by-hand.ipynb").write_text(nbformat.writes(nbformat.v4.new_notebook()))
    git(folder, "init", "-q")
    git(folder, "add", "-A")
    subprocess.run(
        ["git", "-c", "user.name=T", "-c", "user.email=t@example.org", "commit", "-q", "-m", "mine"],
        cwd=folder,
        check=True,
        env={**os.environ, "GIT_COMMITTER_DATE": "2024-06-01T12:00:00", "GIT_AUTHOR_DATE": "2024-06-01T12:00:00"},
    )
    standing = project("list", cwd=root)[0]
    assert (standing["name"], standing["stage"], standing["step"]) == ("by-hand", "in a repository", 5)
    assert standing["started_on"] == standing["repository_on"] == "2024-06-01"
    figures = json.loads(run_cli("progress", "--as-of", "2024-12-31", "--json", cwd=root).stdout)
    assert figures["year_on_year"]["this_year"]["repositories"] == 1 and figures["steps"][4]["projects"] == 1
