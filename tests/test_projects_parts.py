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
from mlsteps.projects import reproduce as project_reproduce
from mlsteps.projects import scan as project_scan
from mlsteps.projects import templates as project_templates
from mlsteps.projects import yours as project_yours

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


def _context(template, profile=None):
    return {
        "name": "demo",
        "title": "T",
        "author": "[your name]",
        "year": 2025,
        "date": "2025-01-01",
        "template": template.name,
        "worked_example": template.worked_example,
        "profile": profile,
        "data_file": "data/plants.csv" if profile else "",
    }


def _plants(folder: Path, rows: int = 40) -> Path:
    """A learner's own CSV: semicolons, an id, a category, numbers with gaps, yes/no, dates, free text, a target."""
    lines = ["plant_id;species;height_cm;watered;measured_on;notes;yield_g"]
    for n in range(rows):
        height = "" if n % 7 == 3 else f"{20 + n * 1.5:.1f}"
        lines.append(
            f"{100 + n};{['basil', 'mint', 'thyme'][n % 3]};{height};{'yes' if n % 2 else 'no'};"
            f"2024-05-{n % 28 + 1:02d};note number {n} about leaf {n * 7};{50 + (n * 37) % 90}"
        )
    path = folder / "plants.csv"
    path.write_text("\n".join(lines) + "\n")
    return path


def test_every_template_is_a_scaffold_with_prompts_and_most_have_a_worked_example(tmp_path):
    from mlsteps.projects.profile import profile_csv

    for template in project_templates.templates():
        profile = profile_csv(_plants(tmp_path)) if template.needs_data else None
        context = _context(template, profile)
        text = project_templates.render(template, "notebook.md", context)
        notebook = project_templates.notebook_from_markdown(text, {})
        nbformat.validate(notebook)
        assert "<your" not in text, "Markdown would drop <your name> as an HTML tag"
        prompts = project_yours.prompts_of(notebook, project_templates.render(template, "README.md", context))
        assert len(prompts["notebook"]) >= 8 and prompts["readme"] and prompts["learned"], template.name
        headings = [cell.source.splitlines()[0] for cell in notebook.cells if cell.cell_type == "markdown"]
        assert "## What I learned" in headings and any("baseline" in h.lower() for h in [*headings, text]), template
        assert any("### How to use this notebook" in h for h in headings), "the guide is a cell of its own"
        todo_code = [c for c in notebook.cells if c.cell_type == "code" and "TODO" in c.source]
        assert len(todo_code) >= 3, "the learner writes the analysis"
        readme = project_templates.render(template, "README.md", context)
        assert "demo.ipynb" in readme and "pip install -r requirements.txt" in readme
        assert "licen" in readme.split("## The data", 1)[1].split("##", 1)[0].lower(), "the data's licence is asked"
        for source in template.files.values():
            assert (project_templates.CONTENT / source).stat().st_size < 1024 * 1024, "data in the package stays small"
        if template.needs_data:
            assert not template.worked_example and "| `species` | category |" in text and "yield_g" in text
            continue
        assert template.worked_example, template.name
        example = project_templates.render(template, project_templates.WORKED_EXAMPLE, context)
        assert "A worked example, not your project" in example and "TODO" not in example
        assert '"data/' not in example, "the worked example lives in reference/: it reads ../data/"
        assert sum(c.cell_type == "code" for c in project_templates.notebook_from_markdown(example, {}).cells) >= 5


def test_a_csv_is_profiled_column_by_column_with_target_candidates(tmp_path):
    from mlsteps.projects.profile import profile_csv

    profile = profile_csv(_plants(tmp_path))
    kinds = {column.name: (column.kind, column.missing) for column in profile.columns}
    assert profile.separator == ";" and profile.rows == 40
    assert kinds == {
        "plant_id": ("identifier", 0),
        "species": ("category", 0),
        "height_cm": ("number", 6),
        "watered": ("two values", 0),
        "measured_on": ("date", 0),
        "notes": ("text", 0),
        "yield_g": ("number", 0),
    }
    assert profile.targets[0].column == "yield_g" and profile.targets[0].task == "regression"
    assert "sounds like an outcome" in profile.targets[0].reason and "last column" in profile.targets[0].reason
    assert {candidate.column for candidate in profile.targets} <= {"yield_g", "species", "watered", "height_cm"}
    assert profile.to_dict()["columns"][2]["missing_share"] == 6 / 40
    from mlsteps.record.inputs import BadInput

    (tmp_path / "one.csv").write_text("just one column\n1\n2\n")
    with pytest.raises(BadInput, match="at least two columns"):
        profile_csv(tmp_path / "one.csv")
    (tmp_path / "latin.csv").write_bytes("a,b\ncaf\xe9,1\n".encode("latin-1"))
    with pytest.raises(BadInput, match="not in UTF-8"):
        profile_csv(tmp_path / "latin.csv")
    with pytest.raises(BadInput, match="There is no file"):
        profile_csv(tmp_path / "missing.csv")


@pytest.mark.parametrize(
    ("text", "code", "found"),
    [
        ("TODO: say why", False, [(1, "TODO")]),
        ("*By [your name], 2025.*", False, [(1, "[your name]")]),
        ("by <your name>", False, [(1, "<your name>")]),
        ("First.\n\n…\n", False, [(3, "…")]),
        ("- ...", False, [(1, "...")]),
        ("baseline = ...  # yours", True, [(1, "= ...")]),
        ("def f():\n    return ...", True, [(2, "return ...")]),
        ("x[..., 0]", True, []),
        ("a todo list, and so on…", False, []),
        ("Your name is Ada", False, []),
    ],
)
def test_placeholders_are_found_and_ordinary_text_is_not(text, code, found):
    assert project_yours.placeholders(text, code) == found


def _scaffold(learned="TODO: Three things you learned."):
    cells = [
        nbformat.v4.new_markdown_cell("# A title\n\n*By [your name].*\n\nTODO: the intro."),
        nbformat.v4.new_code_cell("import pandas as pd"),
        nbformat.v4.new_markdown_cell("## The problem\n\nTODO: Who needs the answer, and why?"),
        nbformat.v4.new_code_cell("# TODO: your baseline\nbaseline = ..."),
        nbformat.v4.new_markdown_cell(f"## What I learned\n\n{learned}"),
    ]
    notebook = nbformat.v4.new_notebook(cells=cells)
    readme = "# T\n\nTODO: one sentence.\n\n## The problem\n\nTODO: the problem.\n\n## How to run it\n\npip install.\n"
    notebook.metadata["mlsteps"] = {"prompts": project_yours.prompts_of(notebook, readme)}
    return notebook, readme


def test_the_templates_prompts_are_known_by_fingerprint_even_without_their_todo(tmp_path):
    notebook, readme = _scaffold()
    unchanged = [place.sentence() for place in project_yours.unchanged_cells(notebook, "p.ipynb")]
    assert unchanged == [
        "p.ipynb, cell 1 (`# A title`)",
        "p.ipynb, cell 3 (`## The problem`)",
        "p.ipynb, cell 4 (`# TODO: your baseline`)",
    ], "What I learned has a finding of its own"
    notebook.cells[2].source = "## The problem\n\nWho needs the answer, and why?"  # only the TODO deleted
    notebook.cells[3].source = "baseline = homes['price'].median()"
    assert [p.cell for p in project_yours.unchanged_cells(notebook, "p.ipynb")] == [1, 3]
    notebook.cells[2].source = "## The problem\n\nA buyer wants to know whether a price is fair."
    assert [p.cell for p in project_yours.unchanged_cells(notebook, "p.ipynb")] == [1]
    prompts = project_yours.stored_prompts(notebook)["readme"]
    sections = project_yours.unchanged_sections(readme.replace("TODO: the problem.", "The problem."), prompts)
    assert [place.what for place in sections] == ["the introduction under the title", 'the section "The problem"']
    assert project_yours.unchanged_sections("# T\n\nMine.\n\n## The problem\n\nA buyer.\n", prompts) == []


@pytest.mark.parametrize(
    ("learned", "passes", "says"),
    [
        (None, False, 'has no "What I learned" section'),
        ("TODO: Three things you learned.", False, "still holds the template's prompt"),
        ("Three things you learned.", False, "still holds the template's prompt"),
        ("", False, "is empty"),
        ("TODO", False, "holds only placeholders"),
        ("Baselines keep me honest.\n\nTODO: two more", False, "still has placeholders"),
        ("- Baselines keep me honest.\n- Logs fit prices.", True, "is written, in your words"),
    ],
)
def test_what_i_learned_must_be_the_learners_own(learned, passes, says):
    notebook, _ = _scaffold()
    if learned is None:
        notebook.cells[4].source = "## Next steps\n\nMore data."
    else:
        notebook.cells[4].source = f"## What I learned\n\n{learned}".strip()
    finding = project_check.what_i_learned(notebook, Path("p.ipynb"))
    assert finding.passed is passes and says in finding.message, finding.message


def test_a_what_i_learned_section_may_span_cells_until_the_next_heading():
    notebook, _ = _scaffold()
    notebook.cells[4].source = "## What I learned"
    notebook.cells += [
        nbformat.v4.new_markdown_cell("- Baselines keep me honest."),
        nbformat.v4.new_markdown_cell("## Next\n\nTODO later"),
    ]
    assert project_yours.learned_text(notebook) == "- Baselines keep me honest."
    assert project_check.what_i_learned(notebook, Path("p.ipynb")).passed


@pytest.mark.parametrize(
    ("code", "found"),
    [
        ("X_tr, X_te = train_test_split(X, test_size=0.2)", ["train_test_split(...) without random_state"]),
        ("split = train_test_split(X, random_state=0)", []),
        ("m = RandomForestClassifier(n_estimators=10, random_state=None)", ["RandomForestClassifier"]),
        ("m = ensemble.RandomForestClassifier(random_state=1)", []),
        ("m = LinearRegression()", []),
        ("m = make_model(**options)", []),
        ("rng = np.random.default_rng()", ["default_rng() without a seed"]),
        ("rng = np.random.default_rng(42)\nx = rng.normal(size=3)", []),
        ("x = np.random.rand(3)", ["np.random.rand(...) with no np.random.seed"]),
        ("np.random.seed(0)\nx = np.random.rand(3)", []),
        ("import random\nrandom.shuffle(items)", ["random.shuffle(...) with no random.seed"]),
        ("df.sample(5)", ["sample(...) without random_state"]),
        ("cv = KFold(5, shuffle=True)", ["KFold(shuffle=True) without random_state"]),
        ("cv = KFold(5)", []),
        ("%matplotlib inline\nsplit = train_test_split(X)", ["code cell 1, line 2: train_test_split"]),
    ],
)
def test_random_draws_without_a_seed_are_named(code, found):
    notebook = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(code)])
    said = project_reproduce.unseeded(notebook)
    assert len(said) == len(found) and all(part in one for part, one in zip(found, said, strict=True)), said


def _ran(texts):
    notebook = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("x")])
    notebook.cells[0].outputs = [
        nbformat.v4.new_output("execute_result", data={"text/plain": text}, execution_count=1) for text in texts
    ]
    return notebook


def test_saved_results_must_be_what_a_fresh_run_gives():
    same = project_reproduce.first_difference
    assert same(_ran(["0.3333333333"]), _ran(["0.3333333334"])) is None, "last digits may differ"
    assert same(_ran(["<Model at 0x7f00aa>"]), _ran(["<Model at 0x7f11bb>"])) is None, "addresses are masked"
    said = same(_ran(["0.25"]), _ran(["0.31"]))
    assert said == "code cell 1 (the one that starts `x`) shows '0.25' in the saved notebook, but '0.31' in a fresh run"
    assert "shows 'nothing'" in same(_ran([]), _ran(["0.31"]))
    assert same(_ran([]), _ran(["0.31"]), up_to=1) is None, "cells from the first failing one are not compared"
    split, whole = _ran([]), _ran([])
    split.cells[0].outputs = [
        nbformat.v4.new_output("stream", name="stdout", text="a\n"),
        nbformat.v4.new_output("stream", name="stderr", text="UserWarning: careful\n"),
        nbformat.v4.new_output("stream", name="stdout", text="b\n"),
    ]
    whole.cells[0].outputs = [nbformat.v4.new_output("stream", name="stdout", text="a\nb\n")]
    assert same(split, whole) is None, "printed text may be split into outputs differently; warnings do not count"


def test_requirements_must_pin_what_the_notebook_imports(tmp_path):
    from importlib.metadata import version

    notebook = nbformat.v4.new_notebook(
        cells=[
            nbformat.v4.new_code_cell("import os\nimport numpy as np\nfrom sklearn.linear_model import Ridge"),
            nbformat.v4.new_code_cell("import helpers\nfrom . import local\n!pip install thing"),
        ]
    )
    (tmp_path / "helpers.py").write_text("")
    needed = [(r.module, r.distribution) for r in project_reproduce.requirements_of(notebook, tmp_path)]
    assert needed == [("numpy", "numpy"), ("sklearn", "scikit-learn")], "no standard library, no own module"
    finding = project_check.requirements_pinned(notebook, tmp_path)
    assert not finding.passed and f"scikit-learn=={version('scikit-learn')}" in finding.message
    path = tmp_path / "requirements.txt"
    path.write_text("# mine\nnumpy>=2\n")
    finding = project_check.requirements_pinned(notebook, tmp_path)
    assert "does not list scikit-learn, which the notebook imports" in finding.message
    assert "does not pin numpy>=2 to one version" in finding.message
    path.write_text(f"numpy==1.0.0\nscikit_learn=={version('scikit-learn')}\n")
    finding = project_check.requirements_pinned(notebook, tmp_path)
    assert f"numpy==1.0.0 (installed: {version('numpy')})" in finding.message and not finding.passed
    path.write_text(f"numpy=={version('numpy')}\nscikit-learn=={version('scikit-learn')}  # exact\njupyterlab\n")
    finding = project_check.requirements_pinned(notebook, tmp_path)
    assert finding.passed and "also lists jupyterlab" in finding.message
    path.unlink()
    assert "There is no requirements.txt" in project_check.requirements_pinned(notebook, tmp_path).message


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


def test_readme_sections_are_named_when_missing_empty_or_without_the_datas_licence(tmp_path):
    readme = tmp_path / "README.md"
    readme.write_text(
        "# Title\n\n## The problem\nWhy.\n\n## Data\n\nTODO: where it comes from\n\n## Model\nA forest.\n\n"
        "## Results\nGood.\n"
    )
    finding = project_check.readme_sections(tmp_path)
    assert not finding.passed
    assert "no section on how to run it" in finding.message
    assert "nothing of your own yet in the section on the data" in finding.message, "a placeholder is not content"
    readme.write_text(
        readme.read_text().replace("TODO: where it comes from", "Rain readings I typed in.") + "## Run\nx"
    )
    finding = project_check.readme_sections(tmp_path)
    assert not finding.passed and "does not say the data's licence" in finding.message and "CC BY" in finding.message
    readme.write_text(readme.read_text().replace("I typed in.", "I typed in; public domain."))
    assert project_check.readme_sections(tmp_path).passed
    assert not project_check.readme_sections(tmp_path / "nowhere").passed


def test_the_front_matter_is_read_alike_by_jekyll_hugo_and_quarto():
    """Each reads YAML front matter between two --- lines at the very top (Jekyll with Ruby's Psych, YAML 1.1;
    Hugo with Go's YAML; Quarto with js-yaml, YAML 1.2). PyYAML is YAML 1.1, the strictest of them about bare words
    (yes, no, on, dates, numbers), so a value it keeps as a string is a string for all three."""
    import yaml
    title = 'Yes: "quoted" # not a comment\\ and 3.10'
    matter = project_blog.front_matter(
        title, dt.date(2025, 4, 2), ("no", "3.10", "on"), "A line: with # and é", 'Ada "A." Lovelace'
    )
    assert matter.startswith("---\n") and matter.endswith("\n---\n")
    parsed = yaml.safe_load(matter.split("---\n")[1])
    assert parsed == {
        "title": title,
        "date": dt.date(2025, 4, 2),  # Jekyll and Hugo need a date; Quarto takes one too
        "description": "A line: with # and é",
        "tags": ["no", "3.10", "on"],
        "author": 'Ada "A." Lovelace',
    }
    for key in ("title", "description", "author"):
        assert isinstance(parsed[key], str), "Jekyll, Hugo and Quarto all want strings here"
    assert all(isinstance(tag, str) for tag in parsed["tags"]), "Hugo's taxonomy and Quarto's listing want strings"
    assert "categories" not in parsed, "Jekyll would put categories into the post's address"
    bare = project_blog.front_matter("T", dt.date(2025, 4, 2), ())
    assert yaml.safe_load(bare.split("---\n")[1]) == {"title": "T", "date": dt.date(2025, 4, 2), "tags": []}


def _figure_output(png=b"\x89PNG fake"):
    import base64

    return nbformat.v4.new_output(
        "display_data",
        data={"image/png": base64.b64encode(png).decode(), "text/plain": "<Figure size 640x480 with 1 Axes>"},
    )


def _blog_notebook():
    imports = nbformat.v4.new_code_cell("from threadpoolctl import threadpool_limits\nthreadpool_limits(1)")
    imports.outputs = [
        nbformat.v4.new_output(
            "execute_result", data={"text/plain": "<threadpoolctl.threadpool_limits at 0x7f3a2c1b9d50>"}
        ),
        nbformat.v4.new_output("stream", name="stderr", text="FutureWarning: something will change\n"),
    ]
    chart = nbformat.v4.new_code_cell("ax.set_title('Prices [in €] fall with distance')", metadata={"tags": []})
    chart.outputs = [
        nbformat.v4.new_output("execute_result", data={"text/plain": "Text(0.5, 1.0, 'Prices fall')"}),
        _figure_output(),
    ]
    table = nbformat.v4.new_code_cell("results", metadata={"tags": ["hide-code"]})
    table.outputs = [nbformat.v4.new_output("execute_result", data={"text/plain": "baseline    77000"})]
    shown = nbformat.v4.new_code_cell("mae = 3", metadata={"tags": ["show-code"]})
    checks = nbformat.v4.new_code_cell("assert True", metadata={"tags": ["hide"]})
    printed = nbformat.v4.new_code_cell("print(model)")
    printed.outputs = [nbformat.v4.new_output("stream", name="stdout", text="<Model at 0x55aa>\nMAE 20100\n")]
    untitled = nbformat.v4.new_code_cell("plt.plot(x)")
    untitled.outputs = [_figure_output(b"\x89PNG other")]
    cells = [nbformat.v4.new_markdown_cell("Intro."), imports, chart, table, shown, checks, printed, untitled]
    return nbformat.v4.new_notebook(cells=cells)


@pytest.mark.parametrize("code", ["show", "hide"])
def test_a_post_drops_warnings_and_object_reprs_and_describes_figures_by_their_titles(code):
    notebook = _blog_notebook()
    titles = {(2, 1): ("Prices [in €] fall with distance",), (7, 0): ()}
    for (cell, output), found in titles.items():
        notebook.cells[cell].outputs[output].metadata["mlsteps-titles"] = list(found)
    assert project_blog.apply_tags(notebook, code) == 1
    assert project_blog.drop_noise(notebook) == 4
    kept = {
        (index, number): tuple(output.metadata.pop("mlsteps-titles"))
        for index, cell in enumerate(notebook.cells)
        for number, output in enumerate(cell.outputs if cell.cell_type == "code" else [])
        if "mlsteps-titles" in output.get("metadata", {})
    }
    body, pictures, alts = project_blog.to_markdown(notebook, "demo", kept)
    assert "0x" not in body and "Warning" not in body and "Text(0.5" not in body and "Figure size" not in body
    assert "MAE 20100" in body and "baseline    77000" in body
    assert "![Prices \\[in €\\] fall with distance](demo-figure-1.png)" in body
    assert "![Figure 2](demo-figure-2.png)" in body, "an untitled figure still gets words"
    assert list(pictures) == ["demo-figure-1.png", "demo-figure-2.png"] and len(alts) == 2
    assert "assert True" not in body, "a cell tagged hide is left out"
    assert "results" not in body.replace("MAE", ""), "hide-code keeps the output, not the code"
    assert "mae = 3" in body, "show-code shows the code even when the post hides code"
    assert ("print(model)" in body) is (code == "show")
    assert ("threadpool_limits(1)" in body) is (code == "show")


def test_the_description_is_the_first_paragraph_in_the_learners_words():
    cells = [
        nbformat.v4.new_markdown_cell("# Title\n\n*By Ada, 2025-03-01.*"),
        nbformat.v4.new_markdown_cell("### How to use this notebook (TODO: delete this cell)\n\nGuide."),
        nbformat.v4.new_markdown_cell(
            "Do [gardens](https://x.org) raise prices? **Yes**: by about 8% in all three cities. " + "More. " * 40
        ),
    ]
    notebook = nbformat.v4.new_notebook(cells=cells)
    said = project_blog.description_of(notebook)
    assert said.startswith("Do gardens raise prices? Yes: by about 8% in all three cities.") and len(said) <= 200
    assert "Guide" not in said and "Ada" not in said


@pytest.mark.parametrize(
    ("remote", "web"),
    [
        ("git@github.com:ada/house-prices.git", "https://github.com/ada/house-prices"),
        ("https://github.com/ada/house-prices.git", "https://github.com/ada/house-prices"),
        ("https://ada:ghp_secret@github.com/ada/house-prices.git", "https://github.com/ada/house-prices"),
        ("ssh://git@gitlab.com/ada/p.git", "https://gitlab.com/ada/p"),
        ("/srv/git/p.git", "/srv/git/p.git"),
    ],
)
def test_the_repositorys_web_address_comes_from_its_remote(remote, web):
    from mlsteps.projects.publish import web_address

    assert web_address(remote) == web


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
    matter = project_blog.front_matter('A "quoted": title', dt.date(2025, 4, 2), ("a", "b c"), "D.", "Ada")
    assert matter == (
        '---\ntitle: "A \\"quoted\\": title"\ndate: 2025-04-02\ndescription: "D."\ntags: ["a", "b c"]\n'
        'author: "Ada"\n---\n'
    )


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
