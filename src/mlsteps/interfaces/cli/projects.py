"""The project commands: ``mlsteps project new | templates | list | check | blog | publish``.

Importing this module registers the ``project`` group on the CLI's ``app``. The work is done in the journey
(``project_new``, ``project_check``, ``project_blog``, ``project_publish``, ``project_status``); this module only
presents it. Input the journey refuses becomes a clear message and exit status 2, with nothing made or recorded.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from mlsteps.interfaces.cli.common import JsonFlag, fail, open_journey, print_json

if TYPE_CHECKING:
    from mlsteps.projects.check import Finding

app = typer.Typer()

project_app = typer.Typer(
    help="Your own projects: make one from a template, check it is ready to share, turn it into a blog post, "
    "and publish it on GitHub.",
    no_args_is_help=True,
)
app.add_typer(project_app, name="project")

NameArgument = Annotated[str, typer.Argument(help="The project's name, which is also its folder in projects/.")]
OnOption = Annotated[str | None, typer.Option("--on", help="The day, as YYYY-MM-DD (default: today).")]
TimeoutOption = Annotated[
    float, typer.Option("--timeout", min=1, help="The seconds each notebook cell may run before it is stopped.")
]
CELL_SECONDS = 120.0


def _day(text: str | None) -> dt.date:
    from mlsteps.record.inputs import not_in_future, parse_date

    today = dt.date.today()
    return today if text is None else not_in_future(parse_date(text), today)


def _say(text: str, style: str = "") -> None:
    from mlsteps.interfaces.console import console

    console.print(text, style=style, markup=False, soft_wrap=True)


def _count(number: int, thing: str) -> str:
    return f"{number} {thing}{'s' * (number != 1)}"


def _findings_view(findings: list[Finding]) -> None:
    from rich.text import Text

    from mlsteps.interfaces.console import console

    for finding in findings:
        mark = ("✓ ", "green") if finding.passed else ("✗ ", "red")
        name = finding.name.replace("_", " ")
        console.print(Text.assemble(mark, (f"{name}: ", "bold"), finding.message), soft_wrap=True)


@project_app.command("templates")
def list_templates(as_json: JsonFlag = False) -> None:
    """The templates a project can start from."""
    from mlsteps.projects.templates import DEFAULT, TemplateBroken, templates

    try:
        found = templates()
    except TemplateBroken as exc:
        raise fail(f"mlsteps's own content has a problem (not your fault): {exc}") from None
    if as_json:
        print_json([template.to_dict() for template in found])
        return
    from rich.table import Table

    from mlsteps.interfaces.console import console

    table = Table(show_edge=False, show_lines=True)
    for column in ("template", "step", "what it is"):
        table.add_column(column, no_wrap=column != "what it is")
    for template in found:
        default = " (default)" if template.name == DEFAULT else ""
        table.add_row(template.name + default, str(template.step), f"{template.title}\n{template.description}")
    console.print(table)
    _say(
        "Start one with `mlsteps project new NAME --template TEMPLATE` (own-data: add --data FILE.csv). Each is a "
        "scaffold for your own answers, with a worked example to compare with once you have tried.",
        "dim",
    )


@project_app.command("new")
def new_project(
    name: NameArgument,
    template: Annotated[
        str | None,
        typer.Option(
            "--template",
            "-t",
            help="See `mlsteps project templates` (default: tabular-regression; own-data needs --data FILE.csv).",
        ),
    ] = None,
    title: Annotated[str | None, typer.Option("--title", help="The project's title (default: the template's).")] = None,
    data: Annotated[
        Path | None,
        typer.Option("--data", help="Your own CSV file, with --template own-data: profiled, copied into data/."),
    ] = None,
    on: OnOption = None,
    as_json: JsonFlag = False,
) -> None:
    """Make a project in projects/NAME: a scaffold notebook to fill, README, pinned requirements, licence, a worked
    example to compare with, and a first commit."""
    from mlsteps.projects.new import make_project

    with open_journey() as journey:
        made = make_project(journey.workspace, name, template, _day(on), title, data)
    if as_json:
        print_json(made.to_dict())
        return
    _say(f"Project {made.name} made in {made.folder} from the {made.template} template.", "bold")
    _say(f"  files: {', '.join(made.files)}")
    if made.problems:
        _say(f"  its notebook did not run cleanly here: {'; '.join(made.problems)}", "yellow")
    else:
        _say("  its notebook is a scaffold: the question and the data are there, every TODO is yours to fill.")
    if made.profile:
        profile = made.profile
        _say(f"  your data: {profile.file}, {profile.rows} rows, {_count(len(profile.columns), 'column')}:")
        for column in profile.columns:
            missing = f", {column.missing} missing" if column.missing else ""
            _say(f"    {column.name}: {column.kind}{missing}")
        if profile.targets:
            _say(
                "  columns that could be the target: "
                + "; ".join(f"{candidate.column} ({candidate.task})" for candidate in profile.targets)
            )
    if made.reference:
        where = made.reference.relative_to(made.folder)
        trouble = (
            f" (it did not run cleanly here: {'; '.join(made.reference_problems)})" if (made.reference_problems) else ""
        )
        _say(f"  a worked example to compare with, once you have tried: {where}, kept out of git{trouble}.")
    if made.commit:
        _say(f"  a git repository with a first commit ({made.commit[:7]}).")
    if made.stand_in_author:
        _say(
            "  git has no name or e-mail configured on this machine, so that commit used stand-ins. Set yours "
            '(git config --global user.name "Your Name"; git config --global user.email you@example.org) '
            "before your next commit.",
            "yellow",
        )
    if made.git_problem:
        _say(f"  no repository yet: {made.git_problem}.", "yellow")
    for note in made.notes:
        _say(f"  note: {note}", "yellow")
    _say(
        f"Next: open {made.name}.ipynb (mlsteps lab, or any Jupyter), answer each TODO in your own words and code, "
        f"then `mlsteps project check {made.name}` says what is left.",
        "cyan",
    )


@project_app.command("list")
def list_projects(as_json: JsonFlag = False) -> None:
    """Your projects and where each stands: started, in a repository, post written, published."""
    from mlsteps.projects.status import standings

    with open_journey() as journey:
        found = standings(journey.workspace)
    if as_json:
        print_json([standing.to_dict() for standing in found])
        return
    if not found:
        _say("No project yet. See the templates with `mlsteps project templates`, then `mlsteps project new NAME`.")
        return
    from rich.table import Table

    from mlsteps.interfaces.console import console

    table = Table(show_edge=False)
    for column in ("project", "step", "started", "repository", "post", "stands", "next"):
        table.add_column(column, no_wrap=column in ("project", "started", "repository", "post"))
    for item in found:
        stands = item.stage + (f" ({_count(item.uncommitted, 'file')} not committed)" if item.uncommitted else "")
        table.add_row(
            item.name,
            str(item.step or ""),
            str(item.started_on or ""),
            str(item.repository_on or ""),
            str(item.post_on or ""),
            stands,
            item.next_step,
        )
    console.print(table)


@project_app.command("check")
def check_project(name: NameArgument, as_json: JsonFlag = False, timeout: TimeoutOption = CELL_SECONDS) -> None:
    """What stands between the project and publishing it, and how to fix each thing (exit status 0: ready)."""
    from mlsteps.projects.check import check_project as check

    with open_journey() as journey:
        findings = check(journey.workspace, name, timeout)
    ready = all(finding.passed for finding in findings)
    if as_json:
        print_json([finding.to_dict() for finding in findings])
    else:
        _findings_view(findings)
        passed = sum(finding.passed for finding in findings)
        if ready:
            _say(
                f"Ready to share. Next: `mlsteps project blog {name}`, then `mlsteps project publish {name}`.", "green"
            )
        else:
            _say(f"{passed} of {len(findings)} checks pass: fix the ones marked ✗, then check again.", "cyan")
    raise typer.Exit(0 if ready else 1)


@project_app.command("blog")
def blog(
    name: NameArgument,
    tag: Annotated[
        list[str] | None, typer.Option("--tag", help="A tag for the post (repeat it); default: the template's.")
    ] = None,
    code: Annotated[
        str,
        typer.Option(
            "--code",
            help="show: every cell's code is in the post (hide one with the cell tag hide-code); hide: only "
            "results and text (show one with the tag show-code). The tag hide leaves a whole cell out.",
        ),
    ] = "show",
    on: OnOption = None,
    as_json: JsonFlag = False,
    timeout: TimeoutOption = CELL_SECONDS,
) -> None:
    """Turn the project's notebook into a blog post (Markdown for Jekyll/GitHub Pages, Hugo or Quarto) in post/."""
    from mlsteps.projects.blog import NotebookFails, write_post

    with open_journey() as journey:
        try:
            post = write_post(journey.workspace, name, _day(on), tuple(tag or ()), timeout, code)
        except NotebookFails as exc:
            from mlsteps.interfaces.console import errors

            errors.print(str(exc), markup=False, soft_wrap=True)
            raise typer.Exit(1) from None
    if as_json:
        print_json(post.to_dict())
        return
    _say(f"Blog post written: {post.path}", "bold")
    _say(
        f"  {_count(len(post.images), 'figure')} beside it; {_count(post.hidden_cells, 'hidden cell')} left out; "
        f"{_count(post.trimmed_outputs, 'long output')} cut short; "
        f"{_count(post.dropped_outputs, 'warning or object address')} dropped; "
        f"code {'shown' if post.code == 'show' else 'hidden'}."
    )
    for image, alt in zip(post.images, post.alt_texts, strict=True):
        _say(f'  {image.name}: described as "{alt}"')
    if not post.description:
        _say("  no description: write a first paragraph under the title, in your own words.", "yellow")
    if not post.author:
        _say('  no author: add name = "..." under [learner] in mlsteps.toml, then write the post again.', "yellow")
    if post.backup:
        _say(f"  the previous post differed; a copy is kept at {post.backup}")
    _say(
        "To publish it: with Jekyll (GitHub Pages), copy the .md into _posts/ and the pictures where the links "
        "find them (beside it, or change the links to /assets/...); with Hugo, make a folder in content/posts/ "
        "holding the pictures and the post renamed index.md; with Quarto, a folder in posts/ holding the pictures "
        "and the post renamed index.qmd. Then commit the post here too "
        f'(cd projects/{name} && git add post && git commit -m "Blog post").',
        "cyan",
    )


@project_app.command("publish")
def publish(
    name: NameArgument,
    run: Annotated[bool, typer.Option("--run", help="Push, where git and a remote are configured.")] = False,
    remote: Annotated[
        str | None,
        typer.Option("--remote", help="The repository to push to (made on GitHub, empty): added as origin first."),
    ] = None,
    user: Annotated[str | None, typer.Option("--user", help="Your GitHub user name, for the commands.")] = None,
    as_json: JsonFlag = False,
    timeout: TimeoutOption = CELL_SECONDS,
) -> None:
    """Check the project, then push it with --run (and --remote URL the first time), or say exactly how."""
    from mlsteps.projects.publish import publish as prepare_and_push

    with open_journey() as journey:
        publishing = prepare_and_push(journey.workspace, name, user, run, timeout, remote)
    done = publishing.ready and (publishing.pushed or not run)
    if as_json:
        print_json(publishing.to_dict())
        raise typer.Exit(0 if done else 1)
    _findings_view(publishing.findings)
    _say("")
    _say(publishing.message, "green" if publishing.pushed else "cyan")
    if publishing.ready and not publishing.pushed:
        _say("\nBy hand:", "bold")
        for command in publishing.commands:
            _say(f"  {command}")
        if publishing.with_gh:
            _say("\nOr with the GitHub CLI (https://cli.github.com), which makes the repository too:", "bold")
            for command in publishing.with_gh:
                _say(f"  {command}")
    raise typer.Exit(0 if done else 1)
