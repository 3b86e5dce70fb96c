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

EXERCISE = "python/count-vowels"
SLEEPS = "import time\n\ntime.sleep({seconds})\n\n\ndef count_vowels(text):\n    return 0\n"
LOOPS = "def count_vowels(text):\n    while True:\n        pass\n"
FAST_MS = 1000  # generous on a busy two-core machine: a page waiting behind the check would take seconds


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


# ---------------------------------------------------------------------------------------------------------- Run

PRINTS = (
    'print("loading my file")\n\n\ndef count_vowels(text):\n    print("counting", text)\n'
    '    return sum(letter in "aeiou" for letter in text.lower())\n'
)


def run(client: httpx.Client, server: WebServer, **body) -> dict:
    answer = post(client, server, f"/api/exercise/{EXERCISE}/run", body)
    assert answer.status_code == 200, answer.text
    return answer.json()


def test_run_shows_what_the_file_printed_and_returned_and_records_nothing(server, client):
    live = server.app.state.live
    ran = run(client, server, code=PRINTS)
    assert (ran["ran"], ran["outcome"], ran["call"]) == ("file", "returned", "count_vowels('Data Science')")
    assert ran["printed"] == "loading my file\ncounting Data Science\n"
    assert ran["returned"] == "5"
    assert (live.root / "1-python/strings/count-vowels.py").read_text() == PRINTS  # saved first, as a check does
    assert live.journey.store.attempts(EXERCISE) == []
    assert client.get(f"/api/exercise/{EXERCISE}/example").json() == {
        "call": "count_vowels('Data Science')",
        "names": [{"name": "text", "value": "'Data Science'"}],
        "values": False,  # a function's scratch lines get its arguments, not the names a file sets
    }


def test_a_cell_runs_after_the_file_with_the_examples_values(server, client):
    ran = run(client, server, code=PRINTS, cell="print(text.upper())\ncount_vowels(text) * 2  # twice\n")
    assert (ran["ran"], ran["outcome"], ran["call"]) == ("cell", "returned", "text = 'Data Science'")
    assert ran["printed"] == "loading my file\nDATA SCIENCE\ncounting Data Science\n"
    assert ran["returned"] == "10"

    kept = run(client, server, cell='words = """one\ntwo"""\nwords.split()')  # a string over two lines is kept whole
    assert kept["returned"] == "['one', 'two']"
    nothing = run(client, server, cell="# just a comment")
    assert (nothing["outcome"], nothing["returned"]) == ("returned", "None")


def test_errors_of_a_run_name_their_line_in_the_file_or_in_the_cell(server, client):
    raising = "def count_vowels(text):\n    half = len(text) // 2\n    return half // 0\n"
    in_file = run(client, server, code=raising)
    assert in_file["outcome"] == "raised" and in_file["marks"][0]["line"] == 3
    assert "ZeroDivisionError" in in_file["message"] and "line 3 of your file:  return half // 0" in in_file["message"]

    in_cell = run(client, server, code=raising, cell="first = 1\ncount_vowels(text)")
    assert in_cell["marks"] == [{"line": 3, "message": "ZeroDivisionError: integer division or modulo by zero"}]
    assert "line 2 in the cell:  count_vowels(text)\n" in in_cell["message"]

    cell_only = run(client, server, code=PRINTS, cell="x = 1\nx / 0\n")
    assert cell_only["cell_marks"][0]["line"] == 2 and cell_only["marks"] == []

    unreadable = run(client, server, cell="x = (1,\n")
    assert unreadable["outcome"] == "error" and unreadable["cell_marks"][0]["line"] == 1
    broken_file = run(client, server, code="def count_vowels(text)\n    return 0\n", cell="1")
    assert broken_file["marks"] == [{"line": 1, "message": "Python could not read this line: expected ':'"}]


def test_run_is_in_the_same_sandbox_as_a_check(server, client):
    ran = run(client, server, code=PRINTS, cell="import subprocess\nsubprocess.run(['true'])")
    assert ran["outcome"] == "raised" and "PermissionError" in ran["message"]
    assert run(client, server, cell="import os\nos.getcwd()")["returned"] != repr(str(server.app.state.live.root))


def test_cancel_stops_a_run(server, client):
    thread, answers = in_background(
        lambda: post(client, server, f"/api/exercise/{EXERCISE}/run", {"cell": "while True:\n    pass", "job": "r"})
    )
    wait_until_running(server)
    assert post(client, server, f"/api/exercise/{EXERCISE}/cancel", {"job": "r"}).json() == {"cancelled": True}
    thread.join(10)
    assert answers[0].json()["cancelled"] is True


def test_a_table_returned_by_a_run_shows_its_rows():
    pandas = pytest.importorskip("pandas")
    from mlsteps.engine.tryout import picture

    shown = picture(pandas.DataFrame({"city": ["Paris", "Lyon"], "sales": [3, 5]}))
    assert shown.startswith("DataFrame with 2 rows and 2 columns")
    assert "Paris" in shown and "Lyon" in shown and "sales" in shown.splitlines()[2]
    assert picture(5) == "5"


def test_a_cancel_that_arrives_before_its_check_still_stops_it(server, client):
    assert post(client, server, f"/api/exercise/{EXERCISE}/cancel", {"job": "early"}).json() == {"cancelled": False}
    answer = post(client, server, f"/api/exercise/{EXERCISE}/check", {"code": LOOPS, "job": "early"})
    assert answer.json()["cancelled"] is True
    assert server.app.state.live.journey.store.attempts(EXERCISE) == []
