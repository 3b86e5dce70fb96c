import pandas as pd

from mlsteps.engine.cases import case

COLUMNS = ["customer_id", "email", "city", "updated"]
CITIES = ["Lyon", "Porto", "Leipzig", "Oslo", "Madrid"]
NAMES = ["ana", "bo", "cy", "dee", "eli", "fay", "gus", "hal"]


def _records(rows):
    return pd.DataFrame(rows, columns=COLUMNS)


def _stamp(rng):
    hour, minute = rng.choice(["08", "09", "12", "17"]), rng.choice(["00", "30"])
    return f"2024-{rng.randint(1, 6):02d}-{rng.randint(1, 28):02d} {hour}:{minute}"


def cases(rng):
    yield case(
        _records(
            [
                (7, "ana@new.org", "Lyon", "2024-05-02 10:00"),
                (3, "bo@mail.com", "Porto", "2024-01-10 08:00"),
                (7, "ana@old.org", "Lyon", "2024-02-01 12:00"),
                (3, "bo@work.com", "Porto", "2024-01-10 08:00"),
            ]
        ),
        label="the example",
    )
    yield case(
        _records([(1, "a@x.org", "Oslo", "2024-01-01 09:00"), (2, "b@x.org", "Oslo", "2024-01-02 09:00")]),
        label="no duplicates at all",
    )
    yield case(
        _records(
            [
                (5, "eli@a.org", "Madrid", "2024-03-03 09:00"),
                (5, "eli@b.org", "Madrid", "2024-03-01 09:00"),
                (5, "eli@c.org", "Lyon", "2024-03-02 09:00"),
            ]
        ),
        label="the newest copy is the first row",
    )
    yield case(
        _records(
            [
                (4, "dee@one.org", "Porto", "2024-04-04 12:00"),
                (4, "dee@two.org", "Porto", "2024-04-04 12:00"),
                (4, "dee@old.org", "Porto", "2024-01-01 12:00"),
            ]
        ),
        label="a tie in time: the lower row wins",
    )
    for _ in range(5):
        rows = []
        for customer in rng.sample(range(1, 40), rng.randint(3, 7)):
            name = rng.choice(NAMES)
            stamps = [_stamp(rng) for _ in range(rng.randint(1, 4))]
            if len(stamps) > 1 and rng.random() < 0.4:
                stamps[-1] = stamps[0]
            rows += [(customer, f"{name}{n}@mail.org", rng.choice(CITIES), stamp) for n, stamp in enumerate(stamps)]
        rng.shuffle(rows)
        yield case(_records(rows), label="random customers, copies in any order")


def _kept(records, keep):
    """The emails kept by another rule, in customer order."""
    return list(keep(records).sort_values("customer_id")["email"])


def diagnose(case, expected, got):
    (records,) = case.args
    if not isinstance(got, pd.DataFrame) or "email" not in got.columns or "customer_id" not in got.columns:
        return None
    if got["customer_id"].duplicated().any():
        if not records.duplicated().any():
            return (
                "Some customers still have several rows: copies here have the same customer_id but differ in "
                "other columns, so tell drop_duplicates which column makes rows copies (subset=)."
            )
        return None
    have = list(got.sort_values("customer_id")["email"])
    if have == list(expected["email"]):
        return None
    stable = records.sort_values("updated", kind="stable")
    if have == _kept(stable, lambda frame: frame.drop_duplicates("customer_id", keep="first")):
        return "You kept the oldest copy of each customer; the task asks for the most recent one."
    if have == _kept(records, lambda frame: frame.drop_duplicates("customer_id", keep="last")):
        return (
            "You kept the copy lowest in the table, but the table is not in time order: put the rows in order "
            "of updated first, then the last copy is the newest."
        )
    newest_first = records.sort_values("updated", ascending=False, kind="stable")
    if have == _kept(newest_first, lambda frame: frame.drop_duplicates("customer_id", keep="first")):
        return (
            "When two copies have the same updated time, keep the one lower in the table. Sorting newest first "
            "keeps tied rows in their table order, so the first copy kept is the upper one."
        )
    return None
