"""`mlsteps web` in a real browser: Playwright drives Debian's Chromium through the real (uvicorn) server.

Skipped where /usr/bin/chromium is missing (`apt-get install -y chromium`), unless MLSTEPS_REQUIRE_BROWSER=1 (CI),
which makes a missing browser a failure.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
REQUIRED = os.environ.get("MLSTEPS_REQUIRE_BROWSER") == "1"
if not CHROMIUM.exists():
    if REQUIRED:
        pytest.fail(f"{CHROMIUM} is missing and MLSTEPS_REQUIRE_BROWSER=1: apt-get install -y chromium")
    pytest.skip(f"{CHROMIUM} is missing (apt-get install -y chromium)", allow_module_level=True)
try:
    from playwright.sync_api import expect, sync_playwright
except ImportError:
    if REQUIRED:
        raise
    pytest.skip("playwright is not installed (pip install -e '.[test]')", allow_module_level=True)

CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
WAIT_MS = 20_000  # a check starts the worker on the first run; a busy 2-core machine is slow


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def page(browser, server):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    opened = context.new_page()
    opened.set_default_timeout(WAIT_MS)
    opened.errors = []
    opened.on("pageerror", lambda error: opened.errors.append(str(error)))
    yield opened
    context.close()


def _replace_code(page, text: str, typed: bool) -> None:
    """Select everything in the editor and put ``text`` in its place, from the keyboard."""
    page.locator("#editor .cm-content").click()
    page.keyboard.press("ControlOrMeta+a")
    if not typed:
        page.keyboard.insert_text(text)
        return
    for number, line in enumerate(text.splitlines()):
        if number:
            page.keyboard.press("Escape")  # close any completion list, so Enter starts a new line
            page.keyboard.press("Enter")
        page.keyboard.type(line)  # CodeMirror indents after the colon by itself
    page.keyboard.press("Escape")


def test_a_learner_solves_an_exercise_in_the_browser(page, server, catalog):
    page.goto(server.url)
    expect(page.locator(".step-card[id^=step-]")).to_have_count(5)
    assert "token=" not in page.url  # the token left the address bar

    page.locator("#next-exercise").click()
    first = next(iter(catalog))
    expect(page).to_have_url(f"http://127.0.0.1:{server.port}/exercise/{first.id}")
    expect(page.locator("main[data-ready=yes] #editor .cm-editor")).to_be_visible()
    expect(page.locator(".prompt h1")).to_have_text(first.title)

    _replace_code(page, f"def {first.entry}(*args):\nreturn None", typed=True)
    page.locator("#check").click()
    expect(page.locator("#verdict-label")).to_have_text("✗ failed")
    first_case = page.locator(".case").first
    expect(first_case).to_contain_text(f"Called {first.entry}(")
    expect(first_case).to_contain_text("expected:")
    expect(first_case).to_contain_text("got:      None")

    _replace_code(page, first.solution, typed=False)
    page.locator("#check").click()
    expect(page.locator("#verdict-label")).to_have_text("✓ passed")
    expect(page.locator("#status")).to_have_text("passed")
    assert (server.app.state.live.root / first.workspace_path).read_text() == first.solution

    page.get_by_role("link", name="Progress").click()
    expect(page.locator("#total-solved")).to_have_text("1")
    expect(page.locator(".step-solved").first).to_have_text(f"1/{sum(e.step == 1 for e in catalog)} solved")
    assert page.errors == []


def _editor_text(page) -> str:
    return page.evaluate("window.mlstepsEditorText()")


def _exercise_url(server, exercise_id: str) -> str:
    return server.url.replace("/?", f"/exercise/{exercise_id}?")


def test_a_beginner_types_a_function_line_by_line_and_it_passes(page, server):
    """Enter indents after a colon and keeps the block's level, by 4 spaces; Backspace in the indentation goes back
    one level, Tab forward one: typed as a beginner types, with no Escape, the function passes the check."""
    page.goto(_exercise_url(server, "python/count-vowels"))
    expect(page.locator("main[data-ready=yes] #editor .cm-editor")).to_be_visible()
    page.locator("#editor .cm-content").click()
    page.keyboard.press("ControlOrMeta+a")
    page.keyboard.press("Delete")
    for keys in (
        "def count_vowels(text):", "Enter", "count = 0", "Enter", "for letter in text.lower():", "Enter",
        'if letter in "aeiou":', "Enter", "count += 1", "Enter",
        "Backspace", "Backspace", "Backspace", "Tab",  # one step too far back, then forward again
        "return count",
    ):  # fmt: skip
        if keys in ("Enter", "Backspace", "Tab"):
            page.keyboard.press(keys)
        else:
            page.keyboard.type(keys)
    assert _editor_text(page) == (
        "def count_vowels(text):\n"
        "    count = 0\n"
        "    for letter in text.lower():\n"
        '        if letter in "aeiou":\n'
        "            count += 1\n"
        "    return count"
    )
    page.locator("#check").click()
    expect(page.locator("#verdict-label")).to_have_text("✓ passed")
    assert page.errors == []


def test_the_line_of_an_error_is_marked_in_the_gutter_with_its_message(page, server):
    page.goto(_exercise_url(server, "python/count-vowels"))
    expect(page.locator("main[data-ready=yes] #editor .cm-editor")).to_be_visible()
    _replace_code(page, "def count_vowels(text)\n    return 0\n", typed=False)
    page.locator("#check").click()
    expect(page.locator("#verdict-label")).to_have_text("✗ error")
    marker = page.locator("#editor .cm-gutter-lint .cm-gutterElement").filter(has=page.locator(".cm-lint-marker-error"))
    expect(marker).to_have_count(1)
    assert marker.inner_text() == "" and marker.bounding_box()["y"] == pytest.approx(
        page.locator("#editor .cm-line").nth(0).bounding_box()["y"], abs=4
    )
    marker.locator(".cm-lint-marker-error").hover()
    expect(page.locator(".cm-tooltip-lint")).to_contain_text("expected ':'")

    _replace_code(page, "def count_vowels(text):\n    count = 0\n    return count / 0\n", typed=False)
    page.locator("#check").click()
    expect(page.locator(".case").first).to_contain_text("ZeroDivisionError")
    expect(page.locator("#editor .cm-lint-marker-error")).to_have_count(1)
    third = page.locator("#editor .cm-line").nth(2).bounding_box()["y"]
    assert page.locator("#editor .cm-lint-marker-error").bounding_box()["y"] == pytest.approx(third, abs=6)
    marker = page.locator("#editor .cm-lint-marker-error")
    marker.hover()
    expect(page.locator(".cm-tooltip-lint")).to_contain_text("ZeroDivisionError: division by zero")
    assert page.errors == []


SLOW_TO_LOAD = (
    "import time\n\ntime.sleep(2)  # a slow file: the check takes a while\n\n\ndef count_vowels(text):\n    return 0\n"
)


WATCH_SHOWN = """() => {
  window.shownWhileChecking = [];
  for (const id of ["notice", "conflict"]) {
    const node = document.getElementById(id);
    new MutationObserver(() => { if (!node.hidden) window.shownWhileChecking.push(id + ": " + node.textContent); })
      .observe(node, { attributes: true, attributeFilter: ["hidden"] });
  }
}"""


def test_keys_typed_during_a_check_are_all_kept(page, server):
    page.goto(_exercise_url(server, "python/count-vowels"))
    expect(page.locator("main[data-live=yes] #editor .cm-editor")).to_be_visible()
    _replace_code(page, SLOW_TO_LOAD, typed=False)
    page.evaluate(WATCH_SHOWN)
    page.keyboard.press("ControlOrMeta+Enter")
    page.keyboard.type("# typed while it checks")  # at once, then again in the middle of the check
    page.wait_for_timeout(1200)
    page.keyboard.type(", and more")
    expect(page.locator("#verdict-label")).to_have_text("✗ failed", timeout=WAIT_MS)
    page.keyboard.type(", and after")
    page.wait_for_timeout(1500)  # the save's own change comes back from the disk meanwhile
    assert _editor_text(page) == SLOW_TO_LOAD + "# typed while it checks, and more, and after"
    expect(page.locator("#save-state")).to_have_text("● not saved")
    assert page.evaluate("window.shownWhileChecking") == []  # no false "your file changed on disk", no question
    assert page.errors == []


def test_a_change_on_disk_while_editing_asks_and_loses_nothing(page, server):
    path = server.app.state.live.root / "1-python/strings/count-vowels.py"
    page.goto(_exercise_url(server, "python/count-vowels"))
    expect(page.locator("main[data-live=yes] #editor .cm-editor")).to_be_visible()
    before = _editor_text(page)
    page.locator("#editor .cm-content").click()
    page.keyboard.press("ControlOrMeta+End")
    page.keyboard.type("\n# mine, not saved yet")
    mine = _editor_text(page)
    assert mine != before
    path.write_text("# written in my own editor\n")
    expect(page.locator("#conflict")).to_be_visible()
    page.keyboard.type(" and still typing")  # the question takes no keys away from the editor
    mine += " and still typing"
    assert _editor_text(page) == mine
    page.get_by_role("button", name="Show both").click()
    expect(page.locator("#conflict-disk")).to_have_text("# written in my own editor\n")
    page.get_by_role("button", name="Keep mine").click()
    expect(page.locator("#conflict")).to_be_hidden()
    assert _editor_text(page) == mine
    expect(page.locator("#save-state")).to_have_text("● not saved")

    path.write_text("# written again\n")
    expect(page.locator("#conflict")).to_be_visible()
    page.get_by_role("button", name="Load from disk").click()
    assert _editor_text(page) == "# written again\n"
    expect(page.locator("#save-state")).to_have_text("saved")
    assert page.errors == []


def test_a_save_from_another_tab_asks_before_replacing_unsaved_edits(browser, page, server):
    url = _exercise_url(server, "python/count-vowels")
    page.goto(url)
    expect(page.locator("main[data-live=yes] #editor .cm-editor")).to_be_visible()
    other = page.context.new_page()
    other.goto(url)
    expect(other.locator("main[data-live=yes] #editor .cm-editor")).to_be_visible()

    page.bring_to_front()
    page.locator("#editor .cm-content").click()
    page.keyboard.press("ControlOrMeta+End")
    page.keyboard.type("\n# typed in the first tab")
    mine = _editor_text(page)

    other.bring_to_front()
    _replace_code(other, "# saved from the second tab\n", typed=False)
    other.keyboard.press("ControlOrMeta+s")
    expect(other.locator("#save-state")).to_contain_text("saved to")
    page.bring_to_front()
    expect(page.locator("#conflict")).to_be_visible()
    assert _editor_text(page) == mine
    expect(other.locator("#conflict")).to_be_hidden()  # the second tab knows its own save
    page.get_by_role("button", name="Keep mine").click()
    page.keyboard.press("ControlOrMeta+s")
    expect(page.locator("#save-state")).to_contain_text("saved to")
    expect(other.locator("#conflict")).to_be_hidden()  # the second tab had nothing unsaved: it simply shows it
    expect(other.locator("#editor .cm-content")).to_contain_text("# typed in the first tab")
    assert page.errors == []


def test_a_running_check_shows_its_time_and_cancel_stops_it(page, server):
    page.goto(_exercise_url(server, "python/count-vowels"))
    expect(page.locator("main[data-ready=yes] #editor .cm-editor")).to_be_visible()
    _replace_code(page, "def count_vowels(text):\n    while True:\n        pass\n", typed=False)
    page.locator("#check").click()
    expect(page.locator("#running")).to_be_visible()
    expect(page.locator("#running-time")).to_have_text(re.compile(r"^[1-9]\d*\.\d s$"))  # a second and more
    expect(page.locator("#check")).to_be_disabled()
    page.get_by_role("button", name="Cancel").click()
    expect(page.locator("#notice")).to_have_text("Stopped: you cancelled it. Nothing was recorded.")
    expect(page.locator("#running")).to_be_hidden()
    expect(page.locator("#check")).to_be_enabled()
    assert server.app.state.live.journey.store.attempts("python/count-vowels") == []
    assert page.errors == []


def test_run_shows_what_the_code_printed_and_returned_then_check_judges_it(page, server):
    page.goto(_exercise_url(server, "python/count-vowels"))
    expect(page.locator("main[data-ready=yes] #editor .cm-editor")).to_be_visible()
    code = 'def count_vowels(text):\n    print("looking at", text)\n    return len(text)\n'
    _replace_code(page, code, typed=False)
    page.get_by_role("button", name="Run", exact=True).click()
    expect(page.locator("#trial-label")).to_have_text("▶ Ran")
    expect(page.locator(".trial-call")).to_have_text("count_vowels('Data Science')")
    expect(page.locator("#trial-printed")).to_have_text("looking at Data Science\n")
    expect(page.locator("#trial-returned")).to_have_text("12")
    expect(page.locator("#verdict-label")).to_have_count(0)  # not a check
    assert server.app.state.live.journey.store.attempts("python/count-vowels") == []

    page.locator("#scratch > summary").click()
    expect(page.locator("#scratch-names")).to_contain_text("text = 'Data Science'")
    page.locator("#cell-editor .cm-content").click()
    page.keyboard.type("count_vowels(text.lower()) - 1")
    page.get_by_role("button", name="Run these lines").click()
    expect(page.locator(".trial-call")).to_have_text("Your lines, with text = 'Data Science'")
    expect(page.locator("#trial-returned")).to_have_text("11")

    page.locator("#cell-editor .cm-content").click()
    page.keyboard.press("ControlOrMeta+a")
    page.keyboard.type("text / 2")
    page.keyboard.press("ControlOrMeta+Enter")  # in the cell, it runs the cell
    expect(page.locator("#trial-label")).to_have_text("✗ It raised an error")
    expect(page.locator("#trial-problem")).to_contain_text("line 1 in the cell:  text / 2")
    expect(page.locator("#cell-editor .cm-lint-marker-error")).to_have_count(1)

    page.locator("#check").click()  # then Check judges it
    expect(page.locator("#verdict-label")).to_have_text("✗ failed")
    assert len(server.app.state.live.journey.store.attempts("python/count-vowels")) == 1
    assert page.errors == []


def test_a_file_changed_on_disk_shows_in_the_editor(page, server, catalog):
    exercise = catalog.get("python/minutes-to-hours")
    page.goto(server.url.replace("/?", f"/exercise/{exercise.id}?"))
    expect(page.locator("main[data-live=yes] #editor .cm-editor")).to_be_visible()
    path = server.app.state.live.root / exercise.workspace_path
    path.write_text("# written in my own editor\nanswer = 42\n")
    expect(page.locator("#editor .cm-content")).to_contain_text("written in my own editor")
    expect(page.locator("#notice")).to_have_text("Your file changed on disk; the editor now shows it.")


def test_the_page_speaks_in_its_own_words(page, server):
    """Buttons named instead of commands, `code` rendered, each advice once, hints under the buttons and in view,
    the solution highlighted in a panel that closes, no Cohort tab without a gradebook."""
    page.set_viewport_size({"width": 1280, "height": 700})
    page.goto(_exercise_url(server, "python/count-vowels"))
    expect(page.locator("main[data-ready=yes] #editor .cm-editor")).to_be_visible()
    assert page.get_by_role("link", name="Cohort").count() == 0
    _replace_code(page, "def count_vowels(text):\n    len(text)\n", typed=False)  # no return
    page.locator("#check").click()
    expect(page.locator("#verdict-label")).to_have_text("✗ failed")
    verdict = page.locator("#verdict")
    assert "mlsteps" not in verdict.inner_text() and "`" not in verdict.inner_text()
    expect(verdict.locator(".advice").filter(has_text="did it miss a")).to_have_count(1)
    expect(verdict.locator(".advice code").first).to_have_text("return")
    expect(page.locator(".next-step")).to_contain_text("Hint")

    page.mouse.wheel(0, -5000)
    page.locator("#hint").click()
    hint = page.locator("#hints li").first
    expect(hint).to_be_visible()
    expect(hint).to_be_in_viewport()
    assert hint.bounding_box()["y"] > page.locator("#hint").bounding_box()["y"]  # under the buttons
    assert hint.bounding_box()["y"] - page.locator("#hint").bounding_box()["y"] < 300

    page.locator("#show-solution").click()
    expect(page.locator("#notice")).to_contain_text("kept in your journey")
    page.locator("#show-solution").click()
    panel = page.locator("#solution")
    expect(panel).to_be_in_viewport()
    expect(panel.locator(".cm-content")).to_contain_text("return count")
    assert panel.locator(".cm-line span[class]").count() > 3  # highlighted, as in the editor
    assert panel.locator(".cm-scroller").evaluate("node => node.scrollHeight <= node.clientHeight + 1")  # never cut off
    panel.get_by_role("button", name="Close").click()
    expect(panel).to_be_hidden()
    assert page.errors == []


NARROW = {"width": 390, "height": 844}


def _fill_for_every_page(server) -> None:
    """A plan, a tidbit with a long word, grades with long exercise ids: what makes pages wide."""
    from mlsteps.cohorts import gradebook
    from mlsteps.record import plan, tidbits

    live = server.app.state.live
    journey = live.journey
    plan.build(journey.store, journey.catalog, 5, dt.date.today() - dt.timedelta(days=90))
    tidbits.add(journey.store, "A_very_long_identifier_without_any_space_" * 4, ["words"], None, "", 1)
    exercises = [exercise.id for exercise in list(journey.catalog)[:12]]
    results = [
        gradebook.GradeResult(learner, exercise, "failed", False, 3, 11, f"{n:040d}", failing_case="case 2")
        for n, (learner, exercise) in enumerate((lr, ex) for lr in ("ada", "grace", "katherine") for ex in exercises)
        if n % 5
    ]
    gradebook.record(journey.store, results)
    live._gradebook = (-1e9, False)  # look again now


def test_every_page_fits_a_phone_with_a_compact_header(browser, server):
    _fill_for_every_page(server)
    context = browser.new_context(viewport=NARROW, is_mobile=True, has_touch=True)
    try:
        phone = context.new_page()
        phone.set_default_timeout(WAIT_MS)
        errors = []
        phone.on("pageerror", lambda error: errors.append(str(error)))
        phone.goto(server.url)
        for path in ("/", "/progress", "/resources", "/tidbits", "/projects", "/gradebook", "/nowhere"):
            phone.goto(f"http://127.0.0.1:{server.port}{path}")
            expect(phone.locator("main")).to_be_visible()
            _fits(phone, path)
        phone.goto(f"http://127.0.0.1:{server.port}/exercise/python/count-vowels")
        expect(phone.locator("main[data-ready=yes] #editor .cm-editor")).to_be_visible()
        _replace_code(phone, "def count_vowels(text):\n    return None  # " + "a_long_comment_" * 8 + "\n", typed=False)
        phone.locator("#check").click()
        expect(phone.locator("#verdict-label")).to_have_text("✗ failed")
        phone.locator("#run").click()
        expect(phone.locator("#trial-label")).to_have_text("▶ Ran")
        phone.locator("#hint").click()
        expect(phone.locator("#hints li")).to_have_count(1)
        for _ in range(2):
            phone.locator("#show-solution").click()
        expect(phone.locator("#solution")).to_be_visible()
        _fits(phone, "an exercise, checked, run, with a hint and the solution")
        assert errors == []
    finally:
        context.close()


def _fits(page, where: str) -> None:
    wide = page.evaluate("Math.max(document.documentElement.scrollWidth, document.body.scrollWidth)")
    assert wide <= NARROW["width"], f"{where}: {wide} px wide"
    header = page.locator("header.top").bounding_box()["height"]
    assert header <= 0.07 * NARROW["height"], f"{where}: the header is {header} px high"


def test_colours_follow_the_systems_dark_setting(browser, server):
    context = browser.new_context(color_scheme="dark")
    try:
        dark = context.new_page()
        dark.goto(server.url.replace("/?", "/exercise/python/count-vowels?"))
        expect(dark.locator("main[data-ready=yes] #editor .cm-editor")).to_be_visible()
        for selector in ("html", ".work-pane", "#editor .cm-editor"):
            colour = dark.eval_on_selector(selector, "node => getComputedStyle(node).backgroundColor")
            assert _lightness(colour) < 0.2, (selector, colour)
        assert _lightness(dark.eval_on_selector("body", "node => getComputedStyle(node).color")) > 0.8
        dark.emulate_media(color_scheme="light")  # and back, without a reload
        dark.wait_for_function(
            """() => ['html', '#editor .cm-editor'].every((selector) => {
                 const colour = getComputedStyle(document.querySelector(selector)).backgroundColor;
                 const [r, g, b, a] = colour.match(/[\\d.]+/g).map(Number);
                 return a === 0 || 0.2126 * r + 0.7152 * g + 0.0722 * b > 0.9 * 255;
               })"""
        )
    finally:
        context.close()


def _lightness(colour: str) -> float:
    red, green, blue = (int(part) for part in re.findall(r"\d+", colour)[:3])
    return (0.2126 * red + 0.7152 * green + 0.0722 * blue) / 255


def test_a_page_without_the_token_is_refused(browser, server):
    context = browser.new_context()
    try:
        stranger = context.new_page()
        answer = stranger.goto(f"http://127.0.0.1:{server.port}/")
        assert answer.status == 403
        expect(stranger.locator("h1")).to_have_text("This page needs its key")
        changed = stranger.request.post(
            f"http://127.0.0.1:{server.port}/api/tidbits", data={"text": "sneaky"}, fail_on_status_code=False
        )
        assert changed.status == 403
    finally:
        context.close()


def test_a_script_in_a_tidbit_does_not_run(page, server):
    page.goto(server.url.replace("/?", "/tidbits?"))
    page.locator("textarea[name=text]").fill("<script>window.__pwned = 1</script>")
    page.get_by_role("button", name="Keep it").click()
    expect(page.locator(".tidbit .tidbit-text").filter(has_text="<script>")).to_have_text(
        "<script>window.__pwned = 1</script>"
    )
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.errors == []
