"""Take the screenshots of `mlsteps web` shown in the README: the map, an exercise after a run and a failing check,
progress, and an exercise on a phone's narrow screen (390 px).

    python scripts/web_screenshots.py            # needs Debian's Chromium: apt-get install -y chromium

A throwaway workspace gets a few months of invented study (logged hours, a handful of solved exercises, a finished
resource, a plan), so the pages look as they do for a learner some way in. Writes docs/screenshots/*.png.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

from playwright.sync_api import expect, sync_playwright

from mlsteps.engine.catalog import Catalog
from mlsteps.interfaces.web.server import WebServer
from mlsteps.journey.journey import Journey
from mlsteps.journey.workspace import create
from mlsteps.record import plan, resources, studylog, tidbits

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"]
SOLVED = 7  # the first exercises of Step 1
LOGGED_MINUTES = [90, 150, 120, 200, 45, 180, 240, 160]  # the last eight months, oldest first
PLAN_MONTHS_AGO = 2


def _months_ago(today: dt.date, months: int) -> dt.date:
    index = today.year * 12 + today.month - 1 - months
    return dt.date(index // 12, index % 12 + 1, min(today.day, 28))


def lived_in(root: Path) -> None:
    """A workspace with some history."""
    workspace, _ = create(root, Catalog())
    journey = Journey(workspace)
    today = dt.date.today()
    store = journey.store
    try:
        for back, minutes in zip(range(len(LOGGED_MINUTES), 0, -1), LOGGED_MINUTES, strict=True):
            day = _months_ago(today, back)
            studylog.record(store, minutes, "Python basics and the roadmap's course", day, today, 1)
        plan.build(store, journey.catalog, 4, _months_ago(today, PLAN_MONTHS_AGO))
        first_resource = resources.shipped()[0].key
        resources.start(store, first_resource, _months_ago(today, 6), today)
        resources.finish(store, first_resource, _months_ago(today, 5), today)
        resources.rate(store, first_resource, 5)
        tidbits.seed_starters(store)
        for exercise in list(journey.catalog)[:SOLVED]:
            (workspace.root / exercise.workspace_path).write_text(exercise.solution)
            journey.check(exercise)
    finally:
        journey.close()


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder) / "my-ml-journey"
        lived_in(root)
        server = WebServer(root, port=0)
        thread = server.serve_in_background()
        base = f"http://127.0.0.1:{server.port}"
        try:
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
                page = browser.new_page(viewport={"width": 1280, "height": 860})
                page.set_default_timeout(30_000)
                page.goto(server.url)
                page.screenshot(path=OUT / "map.png")

                page.locator("#next-exercise").click()
                expect(page.locator("main[data-ready=yes] #editor .cm-editor")).to_be_visible()
                entry = page.locator("main").get_attribute("data-exercise")
                page.locator("#editor .cm-content").click()
                page.keyboard.press("ControlOrMeta+a")
                page.keyboard.insert_text(_wrong_answer(entry))
                page.locator("#run").click()
                expect(page.locator("#trial-label")).to_be_visible()
                page.locator("#check").click()
                expect(page.locator("#verdict-label")).to_be_visible()
                page.locator("#hint").click()
                expect(page.locator("#hints li").first).to_be_visible()
                page.evaluate("window.scrollTo(0, 0)")
                page.screenshot(path=OUT / "exercise.png")

                page.goto(f"{base}/progress")
                page.screenshot(path=OUT / "progress.png", full_page=True)

                phone = browser.new_context(
                    viewport={"width": 390, "height": 844}, device_scale_factor=2, is_mobile=True
                )
                narrow = phone.new_page()
                narrow.set_default_timeout(30_000)
                narrow.goto(server.url.replace("/?", f"/exercise/{entry}?"))
                expect(narrow.locator("main[data-ready=yes] #editor .cm-editor")).to_be_visible()
                narrow.locator("#check").click()
                expect(narrow.locator("#verdict-label")).to_be_visible()
                narrow.evaluate("document.querySelector('.work-pane').scrollIntoView({block: 'start'})")
                narrow.screenshot(path=OUT / "narrow.png")
                phone.close()
                browser.close()
        finally:
            server.stop()
            thread.join(15)
    for name in ("map", "exercise", "progress", "narrow"):
        path = OUT / f"{name}.png"
        print(f"{path}  {path.stat().st_size / 1024:.0f} KB")


def _wrong_answer(exercise_id: str | None) -> str:
    """A beginner's first try: the exercise's first recorded mistake (else its starter)."""
    exercise = Catalog().get(exercise_id or "")
    return exercise.mistakes[0].file.read_text(encoding="utf-8") if exercise.mistakes else exercise.starter


if __name__ == "__main__":
    main()
