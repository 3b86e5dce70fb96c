"""`mlsteps project ...` as a learner runs it: real processes, real kernels, real git, in a fresh workspace.

Git runs as on a fresh machine (no global or system configuration), so the first commit must bring its own author.
Dates are passed in; nothing depends on today.
"""

import json
import os
import re
import subprocess

import nbformat
import pytest
from conftest import run_cli

from mlsteps.projects import templates as project_templates

FRESH_GIT = {"GIT_CONFIG_GLOBAL": "/dev/null", "GIT_CONFIG_NOSYSTEM": "1"}
SLOW = 240  # seconds a command that runs a notebook may take on a busy machine
TEMPLATES = [template.name for template in project_templates.templates()]
PNG = b"\x89PNG\r\n\x1a\n"


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


@pytest.fixture
def named(workspace):
    """The workspace, with the learner's name in mlsteps.toml (it goes into the licence and the first commit)."""
    config = workspace.root / "mlsteps.toml"
    config.write_text(config.read_text().replace('name = ""', 'name = "Ada Lovelace"'))
    return workspace.root


def front_matter(text: str) -> dict[str, str]:
    match = re.match(r"---\n(.*?)\n---\n", text, re.DOTALL)
    assert match, text[:200]
    return dict(line.split(": ", 1) for line in match.group(1).splitlines())


@pytest.mark.parametrize("template", TEMPLATES)
def test_a_project_from_each_template_runs_passes_its_check_and_becomes_a_post(named, template):
    root = named
    name = f"my-{template}"
    made = project("new", name, "--template", template, "--on", "2025-03-01", cwd=root)
    folder = root / "projects" / name
    assert made["figures"] >= 1 and made["problems"] == [] and made["commit"]
    for path in (f"{name}.ipynb", "README.md", "requirements.txt", ".gitignore", "LICENSE"):
        assert (folder / path).is_file(), path
    assert "Copyright (c) 2025 Ada Lovelace" in (folder / "LICENSE").read_text()
    # A fresh machine: git had no identity, so the commit carries the learner's name and a stand-in address.
    assert made["stand_in_author"] and git(folder, "log", "--format=%an <%ae>") == "Ada Lovelace <you@example.com>"
    assert git(folder, "status", "--porcelain") == ""
    notebook = nbformat.read(folder / f"{name}.ipynb", as_version=4)
    outputs = [output for cell in notebook.cells if cell.cell_type == "code" for output in cell.outputs]
    assert any("image/png" in output.get("data", {}) for output in outputs), "the first commit shows its figures"
    headings = [cell.source for cell in notebook.cells if cell.cell_type == "markdown"]
    for section in ("## The problem", "## The data", "## How success is measured", "## Features", "## The model"):
        assert any(text.startswith(section) for text in headings), section
    assert any(text.startswith("## What I learned") for text in headings)

    findings = project("check", name, cwd=root)
    assert [f["name"] for f in findings] == [
        "notebook_runs",
        "readme_sections",
        "figure",
        "no_large_files",
        "no_secrets",
        "requirements_pinned",
        "licence",
        "committed",
    ]
    assert all(f["passed"] for f in findings), [f["message"] for f in findings if not f["passed"]]

    post = project("blog", name, "--on", "2025-04-02", cwd=root)
    path = folder / "post" / f"2025-04-02-{name}.md"
    assert post["post"] == str(path)
    text = path.read_text()
    meta = front_matter(text)
    title = project_templates.get(template).title
    assert json.loads(meta["title"]) == title and meta["date"] == "2025-04-02"
    assert json.loads(meta["tags"]) == list(project_templates.get(template).tags)
    body = text.split("---\n", 2)[2]
    assert f"# {title}" not in body, "the title is in the front matter, not repeated"
    assert "## What I learned" in body and "```python" in body
    assert "Hidden from the blog post" not in body and post["hidden_cells"] == 1
    assert "<table" not in body and "<div" not in body, "tables come as text: Hugo drops raw HTML"
    assert len(post["images"]) >= 1
    for number, image in enumerate(post["images"], start=1):
        picture = folder / "post" / f"{name}-figure-{number}.png"
        assert image == str(picture) and picture.read_bytes().startswith(PNG)
        assert f"![Figure {number}]({picture.name})" in body

    standing = {item["name"]: item for item in project("list", cwd=root)}[name]
    assert standing["stage"] == "post written" and standing["template"] == template and standing["title"] == title
    assert (standing["started_on"], standing["repository_on"], standing["post_on"]) == (
        "2025-03-01",
        "2025-03-01",
        "2025-04-02",
    )
    assert standing["uncommitted"] > 0, "the new post is not committed yet"
    figures = json.loads(run_cli("progress", "--as-of", "2025-12-31", "--json", cwd=root).stdout)
    step = project_templates.get(template).step
    assert (figures["steps"][step - 1]["repositories"], figures["steps"][step - 1]["posts"]) == (1, 1)
    assert (figures["year_on_year"]["this_year"]["repositories"], figures["year_on_year"]["this_year"]["posts"]) == (
        1,
        1,
    )


def test_a_project_with_a_secret_a_big_file_and_a_failing_cell_is_not_ready(named):
    root = named
    project("new", "leaky", "--template", "exploratory-analysis", "--on", "2025-03-01", cwd=root)
    folder = root / "projects" / "leaky"
    path = folder / "leaky.ipynb"
    notebook = nbformat.read(path, as_version=4)
    notebook.cells.insert(4, nbformat.v4.new_code_cell("ratio = 1 / 0"))
    notebook.cells.insert(5, nbformat.v4.new_code_cell('db_password = "hunter2hunter2"'))
    nbformat.write(notebook, path)
    token = "ghp_" + "A1b2C3d4E5" * 4  # made here, so that no token-shaped text sits in mlsteps's own sources
    (folder / "settings.py").write_text(f'GITHUB = "{token}"\n')
    (folder / "data" / "big.bin").write_bytes(b"\1" * (6 * 1024 * 1024))
    (folder / "requirements.txt").write_text("numpy\npandas==3.0.0\n")
    readme = folder / "README.md"
    readme.write_text(readme.read_text().replace("## How success is measured", "## Notes"))
    commit_all(folder, "my changes")

    findings = {f["name"]: f for f in project("check", "leaky", cwd=root, status=1)}
    assert not findings["notebook_runs"]["passed"]
    assert "cell 5 raised ZeroDivisionError" in findings["notebook_runs"]["message"]
    assert "code cell 2, the one that starts `ratio = 1 / 0`" in findings["notebook_runs"]["message"]
    secrets = findings["no_secrets"]["message"]
    assert not findings["no_secrets"]["passed"]
    assert "settings.py, line 1: a GitHub token (ghp_…), committed" in secrets
    assert "leaky.ipynb, cell 6, line 1: a password or key written into the code (hunt…), committed" in secrets
    assert token not in secrets and "hunter2hunter2" not in secrets
    assert "revoke it" in secrets and "os.environ" in secrets
    assert (
        not findings["no_large_files"]["passed"]
        and "data/big.bin (6.0 MB, committed)" in findings["no_large_files"]["message"]
    )
    assert not findings["requirements_pinned"]["passed"]
    assert "does not pin numpy" in findings["requirements_pinned"]["message"]
    assert "numpy==" in findings["requirements_pinned"]["message"].split("as installed here:")[1]
    assert not findings["readme_sections"]["passed"]
    assert "no section on how success is measured" in findings["readme_sections"]["message"]
    assert findings["committed"]["passed"] and findings["licence"]["passed"] and findings["figure"]["passed"]

    refused = run_cli("project", "blog", "leaky", "--on", "2025-04-02", cwd=root, timeout=SLOW, env=FRESH_GIT)
    assert refused.returncode == 1
    assert "no post was written" in refused.stderr and "cell 5 raised ZeroDivisionError" in refused.stderr
    assert not (folder / "post").exists()


def test_publish_prints_the_commands_offline_and_pushes_only_to_a_configured_remote(named, tmp_path):
    root = named
    project("new", "weather", "--template", "exploratory-analysis", "--on", "2025-03-01", cwd=root)
    folder = root / "projects" / "weather"
    (folder / "notes.txt").write_text("not committed\n")
    refused = project("publish", "weather", "--run", cwd=root, status=1)
    assert not refused["ready"] and refused["ran"] == [] and "Not ready" in refused["message"]
    assert [f["name"] for f in refused["findings"] if not f["passed"]] == ["committed"]
    (folder / "notes.txt").unlink()

    shown = run_cli("project", "publish", "weather", "--user", "octocat", cwd=root, timeout=SLOW, env=FRESH_GIT)
    assert shown.returncode == 0, shown.stdout + shown.stderr
    assert "Nothing was run" in shown.stdout and "https://github.com/new" in shown.stdout
    assert "git remote add origin https://github.com/octocat/weather.git" in shown.stdout
    assert "git push -u origin main" in shown.stdout
    assert "gh repo create weather --public --source . --remote origin --push" in shown.stdout
    assert git(folder, "remote") == "", "without --run nothing is changed"

    without_remote = project("publish", "weather", "--run", cwd=root, status=1)
    assert without_remote["ready"] and not without_remote["pushed"] and without_remote["ran"] == []
    assert "no remote called origin" in without_remote["message"]

    git(folder, "remote", "add", "origin", str(tmp_path / "unreachable.git"))
    offline = project("publish", "weather", "--run", cwd=root, status=1)
    assert offline["ran"] == ["git push -u origin main"] and not offline["pushed"]
    assert "It would have run: git push -u origin main" in offline["message"]

    remote = tmp_path / "remote.git"
    subprocess.run(["git", "init", "-q", "--bare", str(remote)], check=True)
    git(folder, "remote", "set-url", "origin", str(remote))
    pushed = project("publish", "weather", "--run", cwd=root)
    assert pushed["pushed"] and pushed["remote"] == str(remote)
    assert git(remote, "rev-parse", "main") == git(folder, "rev-parse", "HEAD")
    assert {item["name"]: item for item in project("list", cwd=root)}["weather"]["remote"] == str(remote)


def test_bad_input_is_refused_with_a_clear_message_and_nothing_made(workspace):
    root = workspace.root

    def refused(*args: str, says: str) -> None:
        result = run_cli("project", *args, cwd=root)
        assert result.returncode == 2, (result.stdout, result.stderr)
        assert says in " ".join(result.stderr.split()), result.stderr

    refused("new", "house prices", says="use letters, digits, '-' and '_' only")
    refused("new", "../escape", says="cannot name a project")
    refused("new", "fine", "--template", "nope", says="no project template called 'nope'. The templates are:")
    refused("new", "fine", "--on", "2999-01-01", says="is in the future")
    (root / "projects" / "taken").mkdir()
    refused("new", "taken", says="already exists")
    refused("check", "ghost", says="There is no project called 'ghost' in projects/. Your projects: taken.")
    refused("blog", "taken", says="holds no notebook")
    (root / "projects" / "taken" / "taken.ipynb").write_text("{ not json")
    refused("check", "taken", says="cannot be read as a Jupyter notebook")
    assert sorted(path.name for path in (root / "projects").iterdir()) == ["taken"]
    assert json.loads(run_cli("project", "list", "--json", cwd=root).stdout)[0]["stage"] == "started"


def test_templates_are_listed_with_name_and_description(workspace):
    listed = json.loads(run_cli("project", "templates", "--json", cwd=workspace.root).stdout)
    assert {"tabular-regression", "exploratory-analysis", "transfer-learning"} <= {t["name"] for t in listed}
    assert all(t["description"] and t["title"] and 1 <= t["step"] <= 5 for t in listed)
    shown = run_cli("project", "templates", cwd=workspace.root)
    assert shown.returncode == 0 and "transfer-learning" in shown.stdout


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
