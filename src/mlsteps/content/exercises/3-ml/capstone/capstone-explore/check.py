import io

import pandas as pd

from mlsteps.engine.cases import case, dataset

SUBSCRIBERS = pd.read_csv(io.StringIO(dataset("subscribers.csv")))


def cases(rng):
    yield case(SUBSCRIBERS, label="the example: all of subscribers.csv")
    early = SUBSCRIBERS[SUBSCRIBERS["signup_date"] < "2023-01-01"].reset_index(drop=True)
    yield case(early, label="the 2022 signups only: no family plan yet")
    for number in range(3):
        sample = SUBSCRIBERS.sample(rng.randint(150, 600), random_state=rng.randint(0, 10_000)).reset_index(drop=True)
        yield case(sample, label=f"a random sample of the subscribers ({number + 1})")


def diagnose(case, expected, got):
    if not isinstance(got, dict) or set(got) != set(expected) or got == expected:
        return None
    rate = got.get("churn_rate")
    if isinstance(rate, int | float) and rate > 1:
        return (
            "The churn rate is above 1: that is a percentage. Rates here are shares between 0 and 1 (0.203, not "
            "20.3), rounded to 3 decimals."
        )
    missing = got.get("missing")
    if isinstance(missing, dict) and any(count == 0 for count in missing.values()):
        return (
            '"missing" lists columns that have no gap at all. Keep only the columns with at least one missing '
            "value: the list is there to show where the gaps are."
        )
    return None
