"""`mlsteps web` without a browser: FastAPI's TestClient against the app, and the real command in a process.

The browser itself (Chromium driven by Playwright) is in test_web_browser.py.
"""

from __future__ import annotations

import asyncio
import html
import json
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
import warnings
from pathlib import Path

import pytest
from conftest import run_cli

with warnings.catch_warnings():  # Starlette prefers another HTTP client for its TestClient; httpx still works
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from mlsteps.interfaces.web.app import create_app
from mlsteps.interfaces.web.events import file_changes
from mlsteps.interfaces.web.guard import TOKEN_HEADER
from mlsteps.interfaces.web.rendering import code_spans
from mlsteps.journey.workspace import STATE_DIR
from mlsteps.record import tidbits

TOKEN = "a-test-token-that-is-long-enough"
EXERCISE = "python/celsius-to-fahrenheit"
HOST = "http://testserver"


@pytest.fixture
def root(workspace):
    return workspace.root


@pytest.fixture
def client(root):
    """A client that opened the address `mlsteps web` printed (so it holds the cookie)."""
    with TestClient(create_app(root, TOKEN), base_url=HOST) as made:
        opened = made.get(f"/?token={TOKEN}", headers={"accept": "text/html"}, follow_redirects=False)
        assert opened.status_code == 303
        yield made


@pytest.fixture
def anonymous(root):
    with TestClient(create_app(root, TOKEN), base_url=HOST) as made:
        yield made


def post(client: TestClient, url: str, body: dict | None = None, **headers: str):
    return client.post(url, json=body or {}, headers={TOKEN_HEADER: TOKEN, **headers})


def learner_file(root: Path, catalog, exercise_id: str = EXERCISE) -> Path:
    return root / catalog.get(exercise_id).workspace_path


def files_under(root: Path) -> dict[str, bytes]:
    """Every file of the workspace but the store (which a save may touch) and the judge's cache."""
    return {
        str(path.relative_to(root)): path.read_bytes()
        for path in root.rglob("*")
        if path.is_file() and STATE_DIR not in path.relative_to(root).parts
    }


# ------------------------------------------------------------------------------------------------ the door


def test_a_request_without_the_token_is_refused(anonymous):
    for url in ("/", f"/exercise/{EXERCISE}", "/progress", "/tidbits", "/static/app.js"):
        refused = anonymous.get(url)
        assert refused.status_code == 403, url
    page = anonymous.get("/")
    assert "printed in your terminal" in page.text
    assert anonymous.get("/api/events", params={"exercise": EXERCISE}).json()["error"]
    assert anonymous.get("/?token=not-the-token", headers={"accept": "text/html"}).status_code == 403


def test_the_printed_address_sets_a_strict_cookie_and_drops_the_token_from_the_address(anonymous):
    opened = anonymous.get(f"/progress?token={TOKEN}", headers={"accept": "text/html"}, follow_redirects=False)
    assert opened.status_code == 303
    assert opened.headers["location"] == "/progress"
    cookie = opened.headers["set-cookie"]
    assert f"={TOKEN}" in cookie and "HttpOnly" in cookie and "SameSite=Strict" in cookie
    assert anonymous.get("/progress").status_code == 200  # the cookie is enough from now on


def test_scripts_may_send_the_token_in_a_header(anonymous):
    assert anonymous.get("/", headers={"authorization": f"token {TOKEN}"}).status_code == 200
    assert anonymous.get("/", headers={"authorization": "token wrong"}).status_code == 403


def test_every_answer_has_a_strict_content_security_policy(client):
    for answer in (client.get("/"), client.get("/static/style.css"), client.get("/nowhere")):
        policy = answer.headers["content-security-policy"]
        assert "default-src 'self'" in policy
        assert "script-src 'self';" in policy and "unsafe-inline" not in policy
        assert answer.headers["x-content-type-options"] == "nosniff"
        assert answer.headers["referrer-policy"] == "no-referrer"


def test_every_answer_keeps_other_sites_and_devices_out(client, anonymous):
    for answer in (client.get("/"), client.get("/static/app.js"), client.get("/nowhere"), anonymous.get("/")):
        assert answer.headers["cross-origin-resource-policy"] == "same-origin"
        assert answer.headers["cross-origin-opener-policy"] == "same-origin"
        assert "camera=()" in answer.headers["permissions-policy"]
        assert "geolocation=()" in answer.headers["permissions-policy"]


def test_a_request_for_another_host_is_refused_before_anything_else(client, anonymous):
    for host in ("evil.example", "attacker.test:80", "testserver.evil.example", "127.0.0.1.nip.io"):
        page = client.get("/", headers={"host": host})
        assert page.status_code == 400, host
        assert "answers only at the address" in page.text and TOKEN not in page.text
        opened = anonymous.get(
            f"/?token={TOKEN}", headers={"host": host, "accept": "text/html"}, follow_redirects=False
        )
        assert opened.status_code == 400 and "set-cookie" not in opened.headers
        changed = post(client, "/api/tidbits", {"text": "rebound"}, host=host)
        assert changed.status_code == 400 and "answers only at the address" in changed.json()["error"]
    assert client.get("/", headers={"host": "testserver:8080"}).status_code == 400  # another port
    assert client.get("/", headers={"host": "testserver"}).status_code == 200


def test_a_body_larger_than_the_page_ever_sends_is_refused_unread(client, root, catalog):
    before = learner_file(root, catalog).read_text()
    huge = b'{"code": "' + b"x" * (5 * 1024 * 1024) + b'"}'
    answer = client.post(
        f"/api/exercise/{EXERCISE}/save",
        content=huge,
        headers={TOKEN_HEADER: TOKEN, "content-type": "application/json"},
    )
    assert answer.status_code == 413 and len(answer.content) < 300 and b"xxxx" not in answer.content
    assert learner_file(root, catalog).read_text() == before
    broken = client.post(
        "/api/tidbits",
        content=b'{"text": "my secret", ',
        headers={TOKEN_HEADER: TOKEN, "content-type": "application/json"},
    )
    assert broken.status_code == 400 and "secret" not in broken.text


def test_a_change_without_the_token_header_is_refused_and_changes_nothing(client, root, catalog):
    before = learner_file(root, catalog).read_text()
    refused = client.post(f"/api/exercise/{EXERCISE}/save", json={"code": "x = 1\n"})
    assert refused.status_code == 403
    assert "X-MLSteps-Token" in refused.json()["error"]
    wrong = client.post(f"/api/exercise/{EXERCISE}/save", json={"code": "x = 1\n"}, headers={TOKEN_HEADER: "nope"})
    assert wrong.status_code == 403
    assert learner_file(root, catalog).read_text() == before


def test_a_change_from_another_site_is_refused(client, root, catalog):
    before = learner_file(root, catalog).read_text()
    for origin in ("http://evil.example", "null", "http://127.0.0.1:1"):
        refused = post(client, f"/api/exercise/{EXERCISE}/save", {"code": "x = 1\n"}, origin=origin)
        assert refused.status_code == 403, origin
    refused = post(client, f"/api/exercise/{EXERCISE}/save", {"code": "x = 1\n"}, **{"sec-fetch-site": "cross-site"})
    assert refused.status_code == 403
    assert learner_file(root, catalog).read_text() == before
    same_site = post(client, f"/api/exercise/{EXERCISE}/save", {"code": "x = 1\n"}, origin=HOST)
    assert same_site.status_code == 200


# ---------------------------------------------------------------------------------------------- the pages


def test_the_map_shows_the_five_steps_and_the_next_exercise(client, catalog):
    page = client.get("/")
    assert page.status_code == 200
    assert re.findall(r'id="step-(\d)"', page.text) == ["1", "2", "3", "4", "5"]
    for step in catalog.steps:
        assert html.escape(step.title) in page.text
    first = next(iter(catalog))
    assert f'id="next-exercise" href="/exercise/{first.id}"' in page.text


def test_the_map_sees_a_file_edited_since_it_last_looked(client, root, catalog):
    def status() -> str:
        found = re.search(rf'<span class="dot (\w+)"[^>]*></span><a href="/exercise/{EXERCISE}"', client.get("/").text)
        return found.group(1)

    assert status() == "new"
    learner_file(root, catalog).write_text("def to_fahrenheit(celsius):\n    return 'mine'\n")
    assert status() == "started"
    learner_file(root, catalog).write_text(catalog.get(EXERCISE).starter)
    assert status() == "new"


def test_an_exercise_page_shows_the_prompt_and_the_learner_file(client, root, catalog):
    exercise = catalog.get(EXERCISE)
    learner_file(root, catalog).write_text("def to_fahrenheit(celsius):\n    return 'mine'\n")
    page = client.get(f"/exercise/{EXERCISE}")
    assert page.status_code == 200
    assert f"<h1>{html.escape(exercise.title)}</h1>" in page.text  # the prompt's Markdown heading
    assert exercise.workspace_path in page.text
    assert "return &#39;mine&#39;" in page.text
    assert '<script src="/static/editor.js"' in page.text


def test_an_unknown_exercise_gives_404_with_the_nearest_ids(client):
    page = client.get("/exercise/python/celsius-to-farenheit")
    assert page.status_code == 404
    assert f'href="/exercise/{EXERCISE}"' in page.text
    api = post(client, "/api/exercise/python/celsius-to-farenheit/check")
    assert api.status_code == 404 and EXERCISE in api.json()["suggestions"]


def test_the_progress_resources_tidbits_and_projects_pages_render(client):
    for url, words in (
        ("/progress", "This year against last year"),
        ("/resources?step=2&kind=video", "Resources"),
        ("/tidbits", "Keep a new tidbit"),
        ("/projects", "Templates"),
    ):
        page = client.get(url)
        assert page.status_code == 200, url
        assert words in page.text


def test_the_projects_tab_shows_each_projects_findings_in_the_words_of_project_check(client, root):
    import nbformat
    from markupsafe import escape

    folder = root / "projects" / "tiny"
    folder.mkdir()
    notebook = nbformat.v4.new_notebook(
        cells=[nbformat.v4.new_markdown_cell("# Tiny\n\nTODO: the intro."), nbformat.v4.new_code_cell("print(6 * 7)")]
    )
    nbformat.write(notebook, folder / "tiny.ipynb")
    page = client.get("/projects")
    assert "tiny: ready to share?" in page.text and "Not checked yet" in page.text
    assert 'href="/projects/tiny/check"' in page.text

    checked = run_cli("project", "check", "tiny", "--json", cwd=root, timeout=240)
    findings = json.loads(checked.stdout)
    page = client.get("/projects")
    for finding in findings:
        assert str(escape(finding["message"])) in page.text, finding["name"]
    assert f"{sum(f['passed'] for f in findings)} of {len(findings)} checks pass" in page.text
    assert "the project changed since" not in page.text

    (folder / "README.md").write_text("# Tiny\n")
    assert "the project changed since, so check again" in client.get("/projects").text
    again = client.get("/projects/tiny/check", follow_redirects=False)
    assert again.status_code == 303 and again.headers["location"] == "/projects#project-tiny"
    page = client.get("/projects")
    assert "the project changed since" not in page.text and "There is no README.md" not in page.text
    assert "README.md has no section on the problem" in page.text
    missing = client.get("/projects/ghost/check")
    assert missing.status_code == 200 and "There is no project called" in missing.text


def test_the_progress_chart_is_an_svg(client):
    chart = client.get("/progress/chart.svg")
    assert chart.status_code == 200
    assert chart.headers["content-type"].startswith("image/svg+xml")
    assert b"<svg" in chart.content


def test_without_a_gradebook_the_cohort_page_says_how_to_make_one(client):
    page = client.get("/gradebook")
    assert page.status_code == 200
    assert "No gradebook in this workspace yet" in page.text and "mlsteps grade" in page.text
    for url in ("/", "/progress", f"/exercise/{EXERCISE}", "/tidbits"):
        assert 'href="/gradebook"' not in client.get(url).text, url  # no Cohort tab for a learner on their own


def test_the_cohort_page_shows_learners_against_exercises_and_where_they_are_stuck(client, workspace, monkeypatch):
    monkeypatch.setattr("mlsteps.interfaces.web.live.GRADEBOOK_SECONDS", 0)
    gradebook = pytest.importorskip("mlsteps.cohorts.gradebook")
    results = [
        gradebook.GradeResult("<b>ada</b>", EXERCISE, "passed", True, 11, 11, "a" * 40),
        gradebook.GradeResult("grace", EXERCISE, "failed", False, 3, 11, "b" * 40, failing_case="case 1"),
    ]
    gradebook.record(workspace.store, results)
    page = client.get("/gradebook")
    assert "&lt;b&gt;ada&lt;/b&gt;" in page.text and "<b>ada</b>" not in page.text
    assert "grace" in page.text and "3/11" in page.text
    assert "50%" in page.text  # one of the two passed
    assert 'href="/gradebook"' in client.get("/").text  # the Cohort tab, now that there is a gradebook
    other = "python/shopping-list"
    gradebook.record(workspace.store, [gradebook.GradeResult("grace", other, "passed", True, 4, 4, "c" * 40)])
    page = client.get("/gradebook").text
    missing = '<td class="cell none" title="not handed in"><span class="cell-mark none">–</span></td>'
    assert missing in page  # ada did not hand shopping-list in: the same mark as the legend's
    assert '<span class="cell-mark none">–</span> not handed in' in page


def test_the_cohort_page_heads_its_columns_with_titles_in_course_order(client, workspace, catalog, monkeypatch):
    """As the CLI shows a gradebook: the course's order (not the ids' alphabetical one), each exercise by its title,
    its id in a tooltip; an exercise the catalog no longer has comes last, by its id."""
    monkeypatch.setattr("mlsteps.interfaces.web.live.GRADEBOOK_SECONDS", 0)
    gradebook = pytest.importorskip("mlsteps.cohorts.gradebook")
    first, second, retired = "python/minutes-to-hours", "python/is-a-number", "a-retired/exercise"
    assert catalog.position(first) < catalog.position(second) and second < first  # the course's order is not A-Z
    assert retired not in catalog
    gradebook.record(
        workspace.store,
        [
            gradebook.GradeResult("ada", exercise, "passed", True, 4, 4, f"{n:040d}")
            for n, exercise in enumerate((second, retired, first))
        ],
    )
    page = client.get("/gradebook").text
    headings = re.findall(r'<th class="rotate"[^>]*><span>([^<]*)</span></th>', page)
    assert list(map(html.unescape, headings)) == [catalog.get(first).title, catalog.get(second).title, retired]
    tooltips = re.findall(r'<th class="rotate" title="([^"]*)">', page)
    assert list(map(html.unescape, tooltips)) == [first, second, retired]  # the ids the CLI's --json names


# ---------------------------------------------------------------------------------------- saving, checking


def test_save_writes_the_learner_file_and_nothing_else(client, root, catalog):
    before = files_under(root)
    code = "def to_fahrenheit(celsius):\n    return celsius * 9 / 5 + 32\n"
    saved = post(client, f"/api/exercise/{EXERCISE}/save", {"code": code})
    assert saved.status_code == 200
    assert saved.json() == {"saved": True, "path": catalog.get(EXERCISE).workspace_path}
    after = files_under(root)
    changed = {name for name in before.keys() | after.keys() if before.get(name) != after.get(name)}
    assert changed == {catalog.get(EXERCISE).workspace_path}
    assert learner_file(root, catalog).read_text() == code


def test_check_gives_the_failing_case_for_the_starter_and_passes_the_solution(client, root, catalog, workspace):
    exercise = catalog.get(EXERCISE)
    failed = post(client, f"/api/exercise/{EXERCISE}/check").json()
    assert failed["verdict"] == "failed" and failed["passed"] is False
    first = next(case for case in failed["cases"] if not case["passed"])
    assert first["call"] in first["message"] and first["expected"] and first["got"]
    assert failed["next_exercise"] is None

    passed = post(client, f"/api/exercise/{EXERCISE}/check", {"code": exercise.solution}).json()
    assert passed["verdict"] == "passed"
    assert passed["cases_passed"] == passed["cases_total"] == len(exercise.cases())
    assert passed["next_exercise"]["id"] != EXERCISE
    assert learner_file(root, catalog).read_text() == exercise.solution
    assert EXERCISE in workspace.store.solved()
    assert [a.verdict for a in workspace.store.attempts(EXERCISE)] == ["failed", "passed"]
    progress = client.get("/progress").text
    assert f"1/{_step_total(catalog, 1)} solved" in progress
    assert '<strong id="total-solved">1</strong>' in progress


def _step_total(catalog, step: int) -> int:
    return sum(e.step == step and e.course is None for e in catalog)


def test_an_error_in_the_learner_code_shows_their_own_line(client, catalog):
    code = "def to_fahrenheit(celsius):\n    return celsius / 0\n"
    verdict = post(client, f"/api/exercise/{EXERCISE}/check", {"code": code}).json()
    assert verdict["verdict"] == "error"
    frames = verdict["cases"][0]["error"]["frames"]
    assert frames[-1]["line"] == 2 and "celsius / 0" in frames[-1]["code"]
    assert "ZeroDivisionError" in verdict["cases"][0]["message"]


def test_the_line_an_error_names_comes_with_the_verdict_for_the_editors_gutter(client):
    syntax = post(client, f"/api/exercise/{EXERCISE}/check", {"code": "def to_fahrenheit(celsius)\n    return 1\n"})
    assert syntax.json()["marks"] == [{"line": 1, "message": "Python could not read this line: expected ':'"}]
    code = "def to_fahrenheit(celsius):\n    half = celsius // 2\n    return half // 0\n"
    traceback = post(client, f"/api/exercise/{EXERCISE}/check", {"code": code}).json()
    assert [mark["line"] for mark in traceback["marks"]] == [3]
    assert traceback["marks"][0]["message"].startswith("ZeroDivisionError: ")
    loading = post(client, f"/api/exercise/{EXERCISE}/check", {"code": "import nowhere_at_all\n"}).json()
    assert loading["marks"] == [{"line": 1, "message": "ModuleNotFoundError: No module named 'nowhere_at_all'"}]
    right = post(client, f"/api/exercise/{EXERCISE}/check", {"code": "def to_fahrenheit(celsius):\n    return 0\n"})
    assert right.json()["marks"] == []


def test_the_verdict_names_the_pages_buttons_and_gives_each_advice_once(client, catalog):
    code = "def to_fahrenheit(celsius):\n    celsius * 9 / 5 + 32\n"  # no return: every case says so
    verdict = post(client, f"/api/exercise/{EXERCISE}/check", {"code": code}).json()
    assert "mlsteps" not in verdict["next_step"] and "Hint" in verdict["next_step"]
    failing = [case for case in verdict["cases"] if not case["passed"]]
    assert len(failing) > 3 and all("did it miss a `return`?" in case["message"] for case in failing)  # the judge's
    advice = [line for case in failing for line in case["lines"] if "did it miss a `return`?" in line["text"]]
    assert len(advice) == 1 and advice[0]["advice"] and advice[0]["code"]
    assert [line["text"] for line in failing[1]["lines"][:3]] == failing[1]["message"].split("\n")[:3]  # data stays
    unreadable = post(client, f"/api/exercise/{EXERCISE}/check", {"code": "def to_fahrenheit(celsius)\n"}).json()
    assert [line["code"] for line in unreadable["problem_lines"]] == [True, False, False, True]


def test_inline_code_is_rendered_and_escaped(client, workspace):
    post(client, "/api/tidbits", {"text": "Use `df.loc[rows, cols]` and <b>never</b> `chained[indexing]`"})
    page = client.get("/tidbits").text
    assert "Use <code>df.loc[rows, cols]</code> and &lt;b&gt;never&lt;/b&gt; <code>chained[indexing]</code>" in page
    for _ in range(2):
        post(client, f"/api/exercise/{EXERCISE}/hint")
    hinted = client.get(f"/exercise/{EXERCISE}").text
    assert "`" not in re.search(r'<ol id="hints">(.*?)</ol>', hinted, re.S).group(1)


def test_a_paste_too_large_is_answered_in_words_without_echoing_it(client, root, catalog):
    before = learner_file(root, catalog).read_text()
    pasted = "# pasted twice " + "x" * 2_000_000
    for action in ("save", "check", "run"):
        answer = post(client, f"/api/exercise/{EXERCISE}/{action}", {"code": pasted})
        assert answer.status_code == 413, action
        assert "too much code" in answer.json()["error"] and "2,000,015 characters" in answer.json()["error"]
        assert len(answer.content) < 1000 and "pasted twice x" not in answer.text
    assert learner_file(root, catalog).read_text() == before
    wrong = post(client, "/api/resources/x/rate", {"rating": "five stars, a secret"})
    assert wrong.status_code == 400 and "a secret" not in wrong.text and wrong.json()["error"].startswith("That could")


def test_a_plan_can_be_laid_out_again_from_today(client):
    post(client, "/api/plan", {"hours_per_week": 6})
    again = post(client, "/api/plan/replan")
    assert again.status_code == 200 and len(again.json()["steps"]) == 5


def test_hints_and_the_solution_are_recorded(client, workspace, catalog):
    exercise = catalog.get(EXERCISE)
    first = post(client, f"/api/exercise/{EXERCISE}/hint").json()
    second = post(client, f"/api/exercise/{EXERCISE}/hint").json()
    assert (first["number"], second["number"]) == (1, 2)
    assert first["hint"] == exercise.hints[0]
    assert workspace.store.count_events(EXERCISE, "hint") == 2
    shown = post(client, f"/api/exercise/{EXERCISE}/solution").json()
    assert shown["code"] == exercise.solution
    assert workspace.store.count_events(EXERCISE, "solution") == 1
    page = client.get(f"/exercise/{EXERCISE}")  # hints already seen stay on the page
    assert str(code_spans(exercise.hints[1])) in page.text


# ------------------------------------------------------------------------------------------------ escaping


def test_a_script_in_a_tidbit_shows_as_text(client, workspace):
    added = post(client, "/api/tidbits", {"text": "<script>window.__pwned = 1</script>", "tags": "x"})
    assert added.status_code == 200
    page = client.get("/tidbits")
    assert "&lt;script&gt;window.__pwned = 1&lt;/script&gt;" in page.text
    assert "<script>window.__pwned" not in page.text
    assert any(t.text.startswith("<script>") for t in tidbits.all_tidbits(workspace.store))


def test_a_script_in_the_learner_file_shows_as_text(client, root, catalog):
    learner_file(root, catalog).write_text("# </textarea><script>window.__pwned = 1</script>\n")
    page = client.get(f"/exercise/{EXERCISE}")
    assert "&lt;/textarea&gt;&lt;script&gt;window.__pwned = 1&lt;/script&gt;" in page.text
    assert "<script>window.__pwned" not in page.text


# --------------------------------------------------------------------------------------------------- paths


def test_no_path_outside_the_workspace_can_be_read_or_written(client, root, tmp_path):
    outside = tmp_path / "outside.txt"
    outside.write_text("secret outside the workspace")
    before = files_under(root)
    for url in (
        "/exercise/%2e%2e/%2e%2e/outside.txt",
        "/exercise/..%2f..%2foutside.txt",
        f"/exercise/{'..%2f' * 8}etc/passwd",
        "/static/%2e%2e/app.py",
        "/static/..%2fapp.py",
    ):
        answer = client.get(url)
        assert answer.status_code == 404, url
        assert "secret outside" not in answer.text and "root:" not in answer.text and "create_app" not in answer.text
    for exercise_id in ("%2e%2e/%2e%2e/outside.txt", "..%2f..%2foutside.txt"):
        answer = post(client, f"/api/exercise/{exercise_id}/save", {"code": "overwritten"})
        assert answer.status_code == 404
    assert outside.read_text() == "secret outside the workspace"
    assert files_under(root) == before


# ------------------------------------------------------------------------------------------------- reload


def test_the_event_stream_says_when_the_file_changes_on_disk(tmp_path):
    path = tmp_path / "exercise.py"
    path.write_text("old\n")

    async def first_change() -> list[str]:
        stream = file_changes(path, threading.Event(), tick_ms=100)
        seen = [await anext(stream)]

        def edit() -> None:
            time.sleep(0.3)
            path.write_text("new text\n")

        threading.Thread(target=edit).start()
        seen.append(await asyncio.wait_for(anext(stream), 10))
        await stream.aclose()
        return seen

    hello, changed = asyncio.run(first_change())
    assert hello.startswith("retry:")
    assert changed.startswith("event: changed\n")
    assert json.loads(changed.split("data: ", 1)[1]) == {"text": "new text\n"}


def test_the_event_stream_ends_when_the_server_stops(tmp_path):
    path = tmp_path / "exercise.py"
    path.write_text("old\n")
    stopping = threading.Event()

    async def everything() -> list[str]:
        threading.Timer(0.3, stopping.set).start()
        return [item async for item in file_changes(path, stopping, tick_ms=100)]

    assert asyncio.run(asyncio.wait_for(everything(), 10)) == ["retry: 2000\n\n"]


def test_the_events_endpoint_streams_the_new_text(client, root, catalog):
    path = learner_file(root, catalog)

    def edit_then_stop() -> None:
        time.sleep(1.0)
        path.write_text("# edited in my own editor\n")
        time.sleep(2.5)
        client.app.state.stopping.set()

    threading.Thread(target=edit_then_stop).start()
    answer = client.get("/api/events", params={"exercise": EXERCISE})
    assert answer.headers["content-type"].startswith("text/event-stream")
    assert "event: changed" in answer.text and "edited in my own editor" in answer.text


# --------------------------------------------------------------------------------------- the other buttons


def test_resources_can_be_marked_and_rated(client):
    from mlsteps.record.resources import shipped

    key = shipped()[0].key
    assert post(client, f"/api/resources/{key}/mark", {"status": "done"}).json()["status"] == "done"
    assert post(client, f"/api/resources/{key}/rate", {"rating": 4}).json()["rating"] == 4
    refused = post(client, f"/api/resources/{key}/rate", {"rating": 9})
    assert refused.status_code == 400 and refused.json()["error"]
    assert "finished on" in client.get("/resources?status=done").text


def test_a_due_tidbit_is_reviewed_with_the_spaced_repetition_schedule(client, workspace):
    added = post(client, "/api/tidbits", {"text": "Split before you scale.", "cue": "What comes first?"}).json()
    page = client.get("/tidbits")
    assert f'data-tidbit="{added["id"]}"' in page.text  # due at once, so it is the card to review
    answer = post(client, f"/api/tidbits/{added['id']}/review", {"answer": "good"}).json()
    assert answer["rating"] == "good"
    assert answer["tidbit"]["reviews"] == 1
    assert answer["tidbit"]["due"] > added["due"]
    assert post(client, f"/api/tidbits/{added['id']}/review", {"answer": "maybe"}).status_code == 400


def test_a_plan_can_be_made_from_the_progress_page(client):
    assert "You have no plan yet" in client.get("/progress").text
    made = post(client, "/api/plan", {"hours_per_week": 6})
    assert made.status_code == 200 and len(made.json()["steps"]) == 5
    assert "Your plan against today" in client.get("/progress").text
    assert "You have no plan yet" not in client.get("/progress").text


# ---------------------------------------------------------------------------------------------- the command


def test_the_command_line_does_not_import_the_web_server():
    probe = "import sys, mlsteps.interfaces.cli; print(sorted({'fastapi', 'uvicorn', 'starlette'} & set(sys.modules)))"
    shown = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert shown.strip() == "[]"


def test_mlsteps_web_outside_a_workspace_says_what_to_do(tmp_path):
    result = run_cli("web", "--no-browser", cwd=tmp_path, env={"MLSTEPS_WORKSPACE": str(tmp_path / "none")})
    assert result.returncode == 2
    assert "mlsteps start" in result.stderr


def test_a_taken_port_is_skipped_only_when_the_learner_named_none():
    from mlsteps.interfaces.web.server import bind

    taken = bind("127.0.0.1", 0)
    try:
        port = taken.getsockname()[1]
        with pytest.raises(OSError):
            bind("127.0.0.1", port)
        moved = bind("127.0.0.1", port, tries=5)
        assert moved.getsockname()[1] != port
        moved.close()
    finally:
        taken.close()


def _raw_get(port: int, target: str, token: str | None, accept: str = "*/*", host: str | None = None) -> str:
    """A request sent byte for byte, so a path such as /exercise/../../etc/passwd reaches the server unchanged."""
    authorization = f"Authorization: token {token}\r\n" if token else ""
    host = host or f"127.0.0.1:{port}"
    with socket.create_connection(("127.0.0.1", port), timeout=10) as connection:
        connection.sendall(
            f"GET {target} HTTP/1.1\r\nHost: {host}\r\n{authorization}Accept: {accept}\r\n"
            "Connection: close\r\n\r\n".encode()
        )
        chunks = []
        while chunk := connection.recv(65536):
            chunks.append(chunk)
    return b"".join(chunks).decode("utf-8", "replace")


def test_mlsteps_web_serves_the_workspace_on_loopback_and_stops_on_ctrl_c(root):
    process = subprocess.Popen(
        [sys.executable, "-m", "mlsteps.interfaces.cli", "web", "--no-browser", "--port", "0"],
        cwd=root,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "COLUMNS": "200"},
    )
    try:
        url = None
        deadline = time.monotonic() + 60
        while url is None and time.monotonic() < deadline:
            line = process.stdout.readline()
            found = re.search(r"http://127\.0\.0\.1:(\d+)/\?token=([\w-]+)", line)
            if found:
                url, port, token = found.group(0), int(found.group(1)), found.group(2)
        assert url is not None, process.stderr.read()
        assert len(token) >= 40
        assert _raw_get(port, "/", token).startswith("HTTP/1.1 200")
        assert _raw_get(port, "/", token, host=f"localhost:{port}").startswith("HTTP/1.1 200")
        for host in (f"rebound.example:{port}", f"127.0.0.1:{port + 1}", "127.0.0.1"):
            assert _raw_get(port, "/", token, host=host).startswith("HTTP/1.1 400"), host
        assert _raw_get(port, "/", "wrong").startswith("HTTP/1.1 403")
        traversal = _raw_get(port, "/exercise/../../../../etc/passwd", token)
        assert traversal.startswith("HTTP/1.1 404") and "root:" not in traversal
        sent_on = _raw_get(port, f"//evil.example/?token={token}", None, accept="text/html")
        assert sent_on.startswith("HTTP/1.1 303")
        assert re.search(r"(?im)^location: /evil\.example/\r$", sent_on), sent_on  # stays on this server
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=30)
        assert process.returncode == 0, err
        assert "Stopped" in out
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
