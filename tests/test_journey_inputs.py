"""What a learner types is read carefully, and refused with words that say how to write it."""

import datetime as dt

import pytest

from mlsteps.record.inputs import BadInput, check_step, check_url, not_in_future, parse_date, parse_duration


@pytest.mark.parametrize(
    ("text", "minutes"),
    [("45m", 45), ("45min", 45), ("1h", 60), ("1h30m", 90), ("1.5h", 90), (" 2H ", 120), ("1h 5m", 65)],
)
def test_durations_in_minutes_or_hours(text, minutes):
    assert parse_duration(text) == minutes


@pytest.mark.parametrize("text", ["45x", "m", "h", "", "1h30", "-5m", "abc", "1.5m", "45 minutes please"])
def test_malformed_durations_say_how_to_write_one(text):
    with pytest.raises(BadInput, match=r"45m, 1h, 1h30m or 1\.5h"):
        parse_duration(text)


def test_a_bare_number_is_told_it_needs_a_unit():
    with pytest.raises(BadInput, match="needs its unit"):
        parse_duration("45")


def test_no_time_and_too_much_time_in_one_entry_are_refused():
    with pytest.raises(BadInput, match="no time at all"):
        parse_duration("0m")
    with pytest.raises(BadInput, match="--on DATE"):
        parse_duration("20h")


def test_dates_and_the_future():
    today = dt.date(2025, 6, 15)
    assert parse_date("2025-03-01") == dt.date(2025, 3, 1)
    with pytest.raises(BadInput, match="year-month-day"):
        parse_date("01/03/2025")
    assert not_in_future(today, today) == today
    with pytest.raises(BadInput, match=r"2025-06-16.*in the future; today is 2025-06-15"):
        not_in_future(dt.date(2025, 6, 16), today)


@pytest.mark.parametrize("url", ["https://course.fast.ai/", "http://localhost:8888/lab", "https://a.b/c?d=e&f=g"])
def test_full_web_addresses_pass(url):
    assert check_url(url) == url


@pytest.mark.parametrize(
    "url", ["course.fast.ai", "ftp://x.org/f", "https://", "https://nodot", "not a url", "https://a b.c"]
)
def test_anything_else_is_not_a_web_address(url):
    with pytest.raises(BadInput, match="https://"):
        check_url(url)


def test_steps_are_one_to_five():
    assert check_step(None) is None and check_step(3) == 3
    with pytest.raises(BadInput, match="1 to 5"):
        check_step(6)
