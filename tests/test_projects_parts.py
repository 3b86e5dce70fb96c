"""The parts of the projects feature that need no kernel: templates, secrets, README and requirements checks,
output trimming, front matter, git on a fresh machine, and the shipped backbone."""

import datetime as dt
import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import nbformat
import numpy as np
import pytest

from mlsteps.projects import blog as project_blog
from mlsteps.projects import check as project_check
from mlsteps.projects import git as project_git
from mlsteps.projects import scan as project_scan
from mlsteps.projects import templates as project_templates

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "train_project_backbone.py"
WEIGHTS = ROOT / "src" / "mlsteps" / "content" / "pretrained" / "project-digits-backbone.npz"


def test_markdown_becomes_cells_with_tags_and_headings_split():
    text = """# Title

Intro.

## Data

Some words.

```python
x = 1
```

```python tags=hide,remove-input
assert x == 1
```

## End

```bash
not code for the notebook
```
"""
    notebook = project_templates.notebook_from_markdown(text, {"mlsteps": {"template": "t"}})
    kinds = [(cell.cell_type, cell.source.splitlines()[0]) for cell in notebook.cells]
    assert kinds == [
        ("markdown", "# Title"),
        ("markdown", "## Data"),
        ("code", "x = 1"),
        ("code", "assert x == 1"),
        ("markdown", "## End"),
    ]
    assert notebook.cells[3].metadata["tags"] == ["hide", "remove-input"]
    assert "```bash" in notebook.cells[4].source, "only python blocks become code cells"
    assert notebook.metadata["mlsteps"] == {"template": "t"}
    nbformat.validate(notebook)


def test_every_template_renders_a_valid_notebook_and_readme():
    context = {"name": "demo", "title": "T", "author": "A", "year": 2025, "date": "2025-01-01", "template": ""}
    for template in project_templates.templates():
        notebook = project_templates.notebook_from_markdown(
            project_templates.render(template, "notebook.md", context), {}
        )
        nbformat.validate(notebook)
        assert sum(cell.cell_type == "code" for cell in notebook.cells) >= 5
        readme = project_templates.render(template, "README.md", context)
        assert "demo.ipynb" in readme and "pip install -r requirements.txt" in readme
        for source in template.files.values():
            assert (project_templates.CONTENT / source).stat().st_size < 1024 * 1024, "data in the package stays small"


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ('KEY = "AKIA' + "ABCDEFGHIJKLMNOP" + '"', "an AWS access key"),
        ("token = 'ghp_" + "x1Y2" * 9 + "'", "a GitHub token"),
        ("openai.api_key = 'sk-" + "a1B2c3D4" * 5 + "'", "an API key (OpenAI style)"),
        ("-----BEGIN RSA " + "PRIVATE KEY-----", "a private key"),
        ("slack = 'xoxb-" + "1234567890-abcdef" + "'", "a Slack token"),
        ('HF = "hf_' + "aB3dE6gH9j" * 4 + '"', "a Hugging Face token"),
        ('password = "correct-horse-battery"', "a password or key written into the code"),
        ('{"api_key": "9f8e7d6c5b4a39281706"}', "a password or key written into the code"),
    ],
)
def test_well_known_secrets_are_found(line, kind):
    assert [found[1] for found in project_scan.secrets_in_text(f"x = 1\n{line}\n")] == [kind]
    assert project_scan.secrets_in_text(f"x = 1\n{line}\n")[0][0] == 2


@pytest.mark.parametrize(
    "line",
    [
        'password = os.environ["DB_PASSWORD"]',
        'api_key = "YOUR_API_KEY"',
        'token = "<your token>"',
        'password = "xxxxxxxx"',
        'tokenizer = "bert-base-uncased"',
        'if password == "abcdefghijk": pass',
        "sk-learn is not a key",
    ],
)
def test_ordinary_code_is_not_taken_for_a_secret(line):
    assert project_scan.secrets_in_text(line) == []


def test_secret_files_and_notebook_cells_are_named():
    assert project_scan.secrets_in_file(".env", b"A=1\n", True)[0].kind == "a file that usually holds secrets"
    assert project_scan.secrets_in_file(".env.example", b"A=1\n", True) == []
    notebook = nbformat.v4.new_notebook(
        cells=[nbformat.v4.new_markdown_cell("# x"), nbformat.v4.new_code_cell('a = 1\npassword = "s3cret-value"')]
    )
    leaks = project_scan.secrets_in_file("n.ipynb", nbformat.writes(notebook).encode(), False)
    assert [(leak.where, leak.shown, leak.committed) for leak in leaks] == [("cell 2, line 2", "s3cr…", False)]


def test_a_secret_deleted_in_a_later_commit_is_still_found_in_the_history(tmp_path):
    folder = tmp_path / "p"
    folder.mkdir()
    (folder / "a.py").write_text('password = "hunter2hunter2"\n')
    project_git.init_and_commit(folder, "first", "Ada")
    (folder / "a.py").write_text("password = input()\n")
    project_git.git(folder, "commit", "-qam", "fix", config=project_git.identity(folder, "Ada")[0])
    leaks, large = project_scan.scan(folder)
    assert [(leak.path, leak.where, leak.committed) for leak in leaks] == [("a.py", "line 1", True)]
    assert large == []


def test_a_commit_on_a_machine_without_git_identity_uses_stand_ins(tmp_path, monkeypatch):
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", "/dev/null")
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    version = subprocess.run(["git", "--version"], capture_output=True, text=True).stdout.split()[2]
    if tuple(int(part) for part in version.split(".")[:2]) < (2, 32):
        pytest.skip("git before 2.32 ignores GIT_CONFIG_GLOBAL")
    folder = tmp_path / "p"
    folder.mkdir()
    (folder / "f.txt").write_text("x\n")
    commit, stand_in = project_git.init_and_commit(folder, "first", "")
    author = project_git.git(folder, "log", "-1", "--format=%an <%ae>").strip()
    assert stand_in and commit and author == "mlsteps learner <you@example.com>"
    assert project_git.branch(folder) == "main"
    local = subprocess.run(["git", "config", "--local", "--list"], cwd=folder, capture_output=True, text=True).stdout
    assert "user.name" not in local, "the stand-in is given on the command line, never written to any config"


def test_readme_sections_are_named_when_missing_or_empty(tmp_path):
    (tmp_path / "README.md").write_text(
        "# Title\n\n## The problem\nWhy.\n\n## Data\n\n## Model\nA forest.\n\n## Results\nGood.\n"
    )
    finding = project_check.readme_sections(tmp_path)
    assert not finding.passed
    assert "no section on how success is measured, the features, how to run it" in finding.message
    assert "an empty section on the data" in finding.message
    assert not project_check.readme_sections(tmp_path / "nowhere").passed


def test_requirements_must_be_pinned(tmp_path):
    path = tmp_path / "requirements.txt"
    path.write_text("# comment\nnumpy==2.0.0\npandas>=2\n")
    finding = project_check.requirements_pinned(tmp_path)
    assert not finding.passed and "does not pin pandas>=2" in finding.message and "pandas==" in finding.message
    path.write_text("numpy==2.0.0  # exact\n")
    assert project_check.requirements_pinned(tmp_path).passed
    path.write_text("# nothing\n")
    assert "lists no package" in project_check.requirements_pinned(tmp_path).message


def test_long_outputs_are_cut_and_the_front_matter_quotes_any_title():
    long = "\n".join(f"line {n}" for n in range(50))
    cell = nbformat.v4.new_code_cell("print(...)")
    cell.outputs = [
        nbformat.v4.new_output("stream", name="stdout", text=long),
        nbformat.v4.new_output("execute_result", data={"text/plain": "short"}, execution_count=1),
    ]
    notebook = nbformat.v4.new_notebook(cells=[cell])
    assert project_blog.trim_outputs(notebook) == 1
    kept = notebook.cells[0].outputs[0]["text"].splitlines()
    assert len(kept) == project_blog.OUTPUT_LINES + 1 and kept[-1] == "[... 30 more lines not shown]"
    matter = project_blog.front_matter('A "quoted": title', dt.date(2025, 4, 2), ("a", "b c"))
    assert matter == '---\ntitle: "A \\"quoted\\": title"\ndate: 2025-04-02\ntags: ["a", "b c"]\n---\n'


def test_the_shipped_backbone_is_what_its_script_makes_and_it_recognises_its_digits(tmp_path):
    quiet = {**os.environ, "OMP_NUM_THREADS": "1"}  # tiny matrices: threads only get in the way
    subprocess.run([sys.executable, str(SCRIPT), "--out", str(tmp_path)], check=True, capture_output=True, env=quiet)
    shipped, made = np.load(WEIGHTS), np.load(tmp_path / "pretrained" / "project-digits-backbone.npz")
    for key in ("conv_weights", "conv_bias", "head_weights", "head_bias"):
        np.testing.assert_allclose(made[key], shipped[key], rtol=1e-4, atol=1e-5)
    target = project_templates.CONTENT / "projects" / "transfer-learning" / "data" / "digits-5-9.csv"
    assert (tmp_path / "projects" / "transfer-learning" / "data" / "digits-5-9.csv").read_bytes() == target.read_bytes()

    spec = importlib.util.spec_from_file_location("train_project_backbone", SCRIPT)
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    from sklearn.datasets import load_digits

    digits = load_digits()
    source = digits.target < 5
    hidden = script.features(digits.images[source] / 16, shipped["conv_weights"], shipped["conv_bias"])
    predicted = (hidden @ shipped["head_weights"] + shipped["head_bias"]).argmax(axis=1)
    assert (predicted == digits.target[source]).mean() > 0.97
    assert float(shipped["source_test_accuracy"]) > 0.95
