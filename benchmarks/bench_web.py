"""How fast `mlsteps web` answers. Prints the median and 95th percentile of each measure, over RUNS runs.

    python benchmarks/bench_web.py [RUNS]       # from the repository, with mlsteps installed (default 30 runs)

Through the real server: uvicorn on 127.0.0.1 (in a thread of this process) and httpx over a real connection, as
a browser would, with the cookie set by the printed address.

- map, exercise, progress:  a page, rendered from the live journey (target: under 200 ms)
- page check:   POST /api/exercise/ID/check from the page: save the code, check with the warm judge, record
- warm check:   `journey.check` called directly on a live journey, as `mlsteps watch` does on each save
The page's check should cost no more than the warm check plus 50 ms.

- while a check runs: the same pages, a tidbit written, and another exercise's page from a second tab (its own
  connection), each asked while a check of a 30-second loop holds its worker (a course exercise made for it, with
  a 40-second limit); then Cancel, and how long the check took to stop (target: every answer under 100 ms).
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx
from timing import report, timed

from mlsteps.engine.catalog import Catalog
from mlsteps.interfaces.web.guard import TOKEN_HEADER
from mlsteps.interfaces.web.server import WebServer
from mlsteps.journey.journey import Journey
from mlsteps.journey.workspace import create

EXERCISE = "python/list-comprehensions"
PAGE_TARGET_MS = 200
CHECK_MARGIN_MS = 50
BUSY_TARGET_MS = 100
LOOP_SECONDS = 30
SLOW_COURSE = {
    "course.toml": '[course]\nid = "slow"\ntitle = "A slow exercise"\nstep = 1\n',
    "loops/spin/exercise.toml": (
        'format = 1\nid = "slow/spin"\ntitle = "Spin"\nentry = "spin"\nminutes = 1\ndifficulty = 1\norder = 1\n'
        'hints = ["It spins."]\n\n[limits]\nseconds = 40\n'
    ),
    "loops/spin/prompt.md": "# Spin\n\nReturn `n`.\n",
    "loops/spin/starter.py": "def spin(n):\n    return n\n",
    "loops/spin/solution.py": "def spin(n):\n    return n\n",
    "loops/spin/check.py": "from mlsteps.engine.cases import case\n\n\ndef cases(rng):\n    yield case(1)\n",
}
LOOP = (
    f"import time\n\n\ndef spin(n):\n    end = time.monotonic() + {LOOP_SECONDS}\n"
    "    while time.monotonic() < end:\n        pass\n"
)


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 30
    catalog = Catalog()
    exercise = catalog.get(EXERCISE)
    with tempfile.TemporaryDirectory() as folder:
        workspace, _ = create(Path(folder) / "journey", catalog)
        root = workspace.root
        (root / exercise.workspace_path).write_text(exercise.solution)
        course = Path(folder) / "slow-course"
        for name, text in SLOW_COURSE.items():
            (course / name).parent.mkdir(parents=True, exist_ok=True)
            (course / name).write_text(text)
        workspace.add_course(course)
        workspace.close()
        server = WebServer(root, port=0)
        thread = server.serve_in_background()
        journey = Journey(create(root, catalog)[0], catalog)
        try:
            with httpx.Client(base_url=f"http://127.0.0.1:{server.port}", timeout=60) as client:
                client.get(server.url.split(f":{server.port}", 1)[1], headers={"accept": "text/html"})

                def page(url: str):
                    def get() -> None:
                        answer = client.get(url)
                        assert answer.status_code == 200, answer.text

                    return get

                def page_check() -> None:
                    answer = client.post(
                        f"/api/exercise/{EXERCISE}/check",
                        json={"code": exercise.solution},
                        headers={TOKEN_HEADER: server.token},
                    )
                    assert answer.json()["passed"], answer.text

                def warm_check() -> None:
                    assert journey.check(exercise).passed

                print(f"{runs} runs each, Python {sys.version.split()[0]}, real uvicorn server and httpx")
                report("map page", timed(page("/"), runs), PAGE_TARGET_MS)
                report("exercise page", timed(page(f"/exercise/{EXERCISE}"), runs), PAGE_TARGET_MS)
                report("progress page", timed(page("/progress"), runs), PAGE_TARGET_MS)
                warm = timed(warm_check, runs)
                from_page = timed(page_check, runs)
                report("warm check", warm)
                report("page check", from_page, statistics.median(warm) + CHECK_MARGIN_MS)
                print(f"page check - warm check: {statistics.median(from_page) - statistics.median(warm):+.1f} ms")
                busy(server, client, runs)
        finally:
            journey.close()
            server.stop()
            thread.join(15)


def busy(server: WebServer, client: httpx.Client, runs: int) -> None:
    """Every page and a write, asked while a check of a 30-second loop runs; then Cancel."""
    live = server.app.state.live
    headers = {TOKEN_HEADER: server.token}
    answers: list[httpx.Response] = []

    def long_check() -> None:
        with httpx.Client(base_url=client.base_url, cookies=client.cookies, timeout=120) as own:
            answers.append(
                own.post("/api/exercise/slow/spin/check", json={"code": LOOP, "job": "loop"}, headers=headers)
            )

    started = time.monotonic()
    checking = threading.Thread(target=long_check)
    checking.start()
    while not any(job.running for job in list(live._jobs)):
        time.sleep(0.01)
    time.sleep(0.5)  # the learner's process is spinning
    print(f"\nwhile a check of a {LOOP_SECONDS}-second loop runs (its worker busy; {runs} runs each):")
    with httpx.Client(base_url=client.base_url, cookies=client.cookies, timeout=60) as tab:

        def get(url: str):
            def action() -> None:
                assert tab.get(url).status_code == 200

            return action

        def tidbit() -> None:
            answer = tab.post("/api/tidbits", json={"text": "Kept while a check ran."}, headers=headers)
            assert answer.status_code == 200, answer.text

        for name, action in (
            ("map page", get("/")),
            ("exercise page", get(f"/exercise/{EXERCISE}")),
            ("progress page", get("/progress")),
            ("tidbits page", get("/tidbits")),
            ("resources page", get("/resources")),
            ("tidbit written", tidbit),
        ):
            report(name, timed(action, runs), BUSY_TARGET_MS)
            assert any(job.running for job in list(live._jobs)), "the check ended before the measures did"
    print(f"all measured {time.monotonic() - started:.1f} s into the check")
    asked = time.perf_counter()
    cancelled = client.post("/api/exercise/slow/spin/cancel", json={"job": "loop"}, headers=headers).json()
    checking.join(60)
    stopped_ms = (time.perf_counter() - asked) * 1000
    print(f"cancel: {cancelled}, the check answered {answers[0].json().get('cancelled')} in {stopped_ms:.0f} ms")


if __name__ == "__main__":
    main()
