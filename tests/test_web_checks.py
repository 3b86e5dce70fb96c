"""Checks and runs beside the page, not in front of it: through the real server (uvicorn in a thread, httpx).

While one check runs, every other page and tab answers; Cancel stops the learner's process and records nothing;
Run shows what the learner's code printed and returned, in the same sandbox as a check, and records nothing.
"""

from __future__ import annotations

import threading
import time

import httpx
import pytest

from mlsteps.engine.runner import _children
from mlsteps.interfaces.web.guard import TOKEN_HEADER
from mlsteps.interfaces.web.server import WebServer
from mlsteps.journey.workspace import create

EXERCISE = "python/count-vowels"
SLEEPS = "import time\n\ntime.sleep({seconds})\n\n\ndef count_vowels(text):\n    return 0\n"
LOOPS = "def count_vowels(text):\n    while True:\n        pass\n"
FAST_MS = 1000  # generous on a busy two-core machine: a page waiting behind the check would take seconds


@pytest.fixture
def server(tmp_path, catalog):
    workspace, _ = create(tmp_path / "journey", catalog)
    workspace.close()
    running = WebServer(tmp_path / "journey", port=0)
    thread = running.serve_in_background()
    yield running
    running.stop()
    thread.join(15)


@pytest.fixture
def client(server):
    with httpx.Client(base_url=f"http://127.0.0.1:{server.port}", timeout=60) as made:
        made.get(server.url.split(f":{server.port}", 1)[1], headers={"accept": "text/html"})
        yield made


def post(client: httpx.Client, server: WebServer, url: str, body: dict) -> httpx.Response:
    return client.post(url, json=body, headers={TOKEN_HEADER: server.token})


def in_background(work):
    """Run ``work()`` in a thread; returns the thread and a list that receives its answer."""
    answers: list = []
    thread = threading.Thread(target=lambda: answers.append(work()), daemon=True)
    thread.start()
    return thread, answers


def wait_until_running(server: WebServer, seconds: float = 60) -> None:
    """Until a check holds its worker and the learner's process has started."""
    live = server.app.state.live
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        jobs = list(live._jobs)
        runner = live.journey.judge._runners.get(())
        process = runner._process if runner else None
        if jobs and jobs[0].running and process is not None and _children(process.pid):
            return
        time.sleep(0.02)
    raise AssertionError("the check did not start")


def test_every_other_page_answers_while_a_check_runs(server, client):
    pages = ("/", "/progress", "/exercise/python/shopping-list", f"/exercise/{EXERCISE}", "/tidbits", "/resources")
    for url in pages:  # warm: the first render of a page imports its modules
        assert client.get(url).status_code == 200
    thread, answers = in_background(
        lambda: post(client, server, f"/api/exercise/{EXERCISE}/check", {"code": SLEEPS.format(seconds=4)})
    )
    wait_until_running(server)
    started = time.monotonic()
    with httpx.Client(base_url=client.base_url, cookies=client.cookies, timeout=60) as other_tab:
        for url in pages:
            before = time.perf_counter()
            assert other_tab.get(url).status_code == 200
            assert (time.perf_counter() - before) * 1000 < FAST_MS, url
        before = time.perf_counter()
        added = post(other_tab, server, "/api/tidbits", {"text": "Written while a check ran."})
        assert added.status_code == 200 and (time.perf_counter() - before) * 1000 < FAST_MS
    assert time.monotonic() - started < 3, "the pages waited for the check"
    thread.join(60)
    assert answers[0].json()["verdict"] == "failed"


def test_cancel_stops_the_learners_process_and_records_nothing(server, client, catalog):
    live = server.app.state.live
    thread, answers = in_background(
        lambda: post(client, server, f"/api/exercise/{EXERCISE}/check", {"code": LOOPS, "job": "mine"})
    )
    wait_until_running(server)
    assert post(client, server, f"/api/exercise/{EXERCISE}/cancel", {"job": "another tab's"}).json() == {
        "cancelled": False
    }
    asked = time.monotonic()
    assert post(client, server, f"/api/exercise/{EXERCISE}/cancel", {"job": "mine"}).json() == {"cancelled": True}
    thread.join(10)
    assert time.monotonic() - asked < 2, "the check went on after Cancel"
    assert answers[0].json()["cancelled"] is True
    assert live.journey.store.attempts(EXERCISE) == []
    zygote = live.journey.judge._runners[()]._process
    assert zygote.poll() is None and _children(zygote.pid) == []  # the learner's process is gone, the worker warm

    right = post(client, server, f"/api/exercise/{EXERCISE}/check", {"code": catalog.get(EXERCISE).solution})
    assert right.json()["verdict"] == "passed"


def test_a_check_cancelled_while_it_waits_for_its_worker_never_runs(server, client):
    live = server.app.state.live
    first, _ = in_background(
        lambda: post(client, server, f"/api/exercise/{EXERCISE}/check", {"code": SLEEPS.format(seconds=3)})
    )
    wait_until_running(server)
    other = "python/shopping-list"  # the same worker: it waits its turn
    second, answers = in_background(lambda: post(client, server, f"/api/exercise/{other}/check", {"job": "waiting"}))
    deadline = time.monotonic() + 10
    while len(live._jobs) < 2 and time.monotonic() < deadline:
        time.sleep(0.02)
    assert post(client, server, f"/api/exercise/{other}/cancel", {"job": "waiting"}).json() == {"cancelled": True}
    second.join(5)
    assert answers[0].json()["cancelled"] is True
    first.join(30)
    assert live.journey.store.attempts(other) == []
    assert [attempt.verdict for attempt in live.journey.store.attempts(EXERCISE)] == ["failed"]
