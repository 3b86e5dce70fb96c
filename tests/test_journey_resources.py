"""The resources database: every roadmap link, more free ones per step, the learner's own, marks and ratings."""

import datetime as dt
from collections import Counter

import pytest

from mlsteps.record import resources
from mlsteps.record.inputs import BadInput, check_url
from mlsteps.record.store import Store

TODAY = dt.date(2025, 6, 15)


@pytest.fixture
def store(tmp_path):
    opened = Store.at(tmp_path / "journey.db")
    yield opened
    opened.close()


# Where each link of the roadmap points (tracking parameters left out), in the roadmap's order. Its Step 5
# "deep learning from the foundations" link is empty; fast.ai's Part 2 stands in for it.
ROADMAP_LINKS = [
    "www.elementsofai.com/",
    "towardsdatascience.com/a-6-step-field-guide-for-building-machine-learning-projects-6e4554f6e3a1",
    "www.coursera.org/specializations/python",
    "www.youtube.com/watch?v=rfscVS0vtbw",
    "www.youtube.com/watch?v=YJC6ldI3hWk",
    "www.dataquest.io/blog/jupyter-notebook-tutorial/",
    "www.youtube.com/watch?v=HW29067qVWk",
    "www.coursera.org/specializations/data-science-python",
    "www.youtube.com/watch?v=CmorAWRsCAw",
    "www.youtube.com/watch?v=QUT1VHiLmmI",
    "www.youtube.com/watch?v=q7Bo_J8x_dw&list=PLQVvvaa0QuDfefDfXb9Yf0la1fPDKluPF",
    "www.youtube.com/watch?v=elojMnjn4kk&list=PL5-da3qGB5ICeMbQuqbbCOQWcS6OYBr5A",
    "towardsdatascience.com/a-gentle-introduction-to-exploratory-data-analysis-f11d843b8184",
    "github.com/dformoso/sklearn-classification",
    "www.coursera.org/specializations/deep-learning",
    "course.fast.ai/",
    "towardsdatascience.com/how-to-start-your-own-machine-learning-projects-4872a41e4e9c",
    "course.fast.ai/Lessons/part2.html",
    "www.amazon.com/gp/product/1617293709",
    "www.youtube.com/watch?v=7R08MPXxiFQ",
]


def test_every_roadmap_link_is_shipped_in_order_with_its_details():
    roadmap = [r for r in resources.shipped() if r.roadmap]
    assert [r.url.split("://", 1)[1] for r in roadmap] == ROADMAP_LINKS
    assert [r.step for r in roadmap] == sorted(r.step for r in roadmap)
    assert all(r.title and r.hours > 0 and r.kind in resources.KINDS and r.note for r in roadmap)
    assert not next(r for r in roadmap if r.key == "grokking-deep-learning").free


def test_the_shipped_database_is_well_formed_with_more_free_resources_for_every_step():
    shipped = resources.shipped()
    assert len({r.key for r in shipped}) == len(shipped) and len({r.url for r in shipped}) == len(shipped)
    assert all(check_url(r.url) == r.url for r in shipped)
    further_free = Counter(r.step for r in shipped if not r.roadmap and r.free)
    assert all(further_free[step] >= 5 for step in range(1, 6)), further_free
    assert {r.kind for r in shipped} == set(resources.KINDS)


def test_listing_filters_by_step_kind_cost_words_and_status(store):
    step_two = resources.listing(store, step=2)
    assert step_two and all(item.resource.step == 2 for item in step_two)
    videos = resources.listing(store, kind="video", free=True)
    assert videos and all(i.resource.kind == "video" and i.resource.free for i in videos)
    paid = resources.listing(store, free=False)
    assert paid and not any(i.resource.free for i in paid)
    found = [i.resource.key for i in resources.listing(store, text="JUPYTER notebook")]
    assert "dataquest-jupyter-tutorial" in found and "corey-schafer-jupyter" in found
    assert all(
        "jupyter" in (i.resource.title + i.resource.note + i.resource.key + i.resource.url).lower()
        for i in resources.listing(store, text="jupyter")
    )
    resources.finish(store, "py4e", dt.date(2025, 3, 1), TODAY)
    assert [i.resource.key for i in resources.listing(store, status="done")] == ["py4e"]
    with pytest.raises(BadInput, match="course, video, article, book, tool"):
        resources.listing(store, kind="podcast")


def test_own_resources_get_keys_and_join_the_database(store):
    first = resources.add(store, "My pandas notes", "https://example.org/pandas", 2, "article", hours=2)
    second = resources.add(store, "My pandas notes", "https://example.org/pandas-2", 2, "article")
    assert (first.key, second.key) == ("my/my-pandas-notes", "my/my-pandas-notes-2")
    listed = {i.resource.key: i.resource for i in resources.listing(store, step=2)}
    assert listed[first.key].own and listed[first.key].hours == 2


@pytest.mark.parametrize(
    ("title", "url", "step", "kind", "hours", "says"),
    [
        ("T", "example.org", 2, "video", 1, "not a web address"),
        ("T", "https://example.org/x", 7, "video", 1, "no step 7"),
        ("T", "https://example.org/x", 2, "podcast", 1, "not a kind"),
        ("T", "https://example.org/x", 2, "video", 0, "rough guess"),
        ("  ", "https://example.org/x", 2, "video", 1, "title"),
        ("T", "https://www.py4e.com/", 1, "course", 1, "already in the database as 'py4e'"),
    ],
)
def test_bad_own_resources_are_refused_and_nothing_is_added(store, title, url, step, kind, hours, says):
    before = resources.all_resources(store)
    with pytest.raises(BadInput, match=says):
        resources.add(store, title, url, step, kind, hours=hours)
    assert resources.all_resources(store) == before


def test_start_finish_and_rate(store):
    started = resources.start(store, "elements-of-ai", dt.date(2025, 1, 10), TODAY)
    assert (started.mark.status, started.mark.started_on) == ("started", dt.date(2025, 1, 10))
    done = resources.finish(store, "elements-of-ai", dt.date(2025, 2, 20), TODAY)
    assert (done.mark.status, done.mark.started_on, done.mark.done_on) == (
        "done",
        dt.date(2025, 1, 10),
        dt.date(2025, 2, 20),
    )
    rated = resources.rate(store, "elements-of-ai", 5)
    assert (rated.mark.status, rated.mark.rating) == ("done", 5)
    assert resources.finish(store, "py4e", dt.date(2025, 4, 1), TODAY).mark.started_on == dt.date(2025, 4, 1)


def test_wrong_marks_are_refused_and_change_nothing(store):
    resources.start(store, "elements-of-ai", dt.date(2025, 1, 10), TODAY)
    before = resources.marks(store)
    with pytest.raises(BadInput, match="in the future"):
        resources.finish(store, "elements-of-ai", dt.date(2025, 6, 16), TODAY)
    with pytest.raises(BadInput, match="cannot be finished before"):
        resources.finish(store, "elements-of-ai", dt.date(2025, 1, 9), TODAY)
    with pytest.raises(BadInput, match=r"1 .* to 5"):
        resources.rate(store, "elements-of-ai", 6)
    with pytest.raises(BadInput, match="Did you mean elements-of-ai"):
        resources.start(store, "elements-of-ia", TODAY, TODAY)
    assert resources.marks(store) == before
