"""How fast `mlsteps web` answers. Prints the median and 95th percentile of each measure, over RUNS runs.

    python benchmarks/bench_web.py [RUNS]       # from the repository, with mlsteps installed (default 30 runs)

Through the real server: uvicorn on 127.0.0.1 (in a thread of this process) and httpx over a real connection, as
a browser would, with the cookie set by the printed address.

- map, exercise, progress:  a page, rendered from the live journey (target: under 200 ms)
- page check:   POST /api/exercise/ID/check from the page: save the code, check with the warm judge, record
- warm check:   `journey.check` called directly on a live journey, as `mlsteps watch` does on each save
The page's check should cost no more than the warm check plus 50 ms.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
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


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 30
    catalog = Catalog()
    exercise = catalog.get(EXERCISE)
    with tempfile.TemporaryDirectory() as folder:
        workspace, _ = create(Path(folder) / "journey", catalog)
        root = workspace.root
        (root / exercise.workspace_path).write_text(exercise.solution)
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
        finally:
            journey.close()
            server.stop()
            thread.join(15)


if __name__ == "__main__":
    main()
