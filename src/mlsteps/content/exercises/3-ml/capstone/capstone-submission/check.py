import io

import pandas as pd

from mlsteps.engine.cases import case, dataset

SUBSCRIBERS = pd.read_csv(io.StringIO(dataset("subscribers.csv")))
HEADER = ["customer_id", "churn_probability"]


def probability(rng):
    """Six decimals, never halfway at the fourth, so every way of rounding to 4 agrees."""
    while True:
        value = rng.randint(0, 1_000_000)
        if value % 100 != 50:
            return value / 1_000_000


def cases(rng):
    yield case(["C10415", "C10007", "C11190"], [0.153871, 0.02, 0.5], collect=["submission.csv"], label="the example")
    for number in range(3):
        ids = SUBSCRIBERS["customer_id"].sample(rng.randint(5, 30), random_state=rng.randint(0, 10_000)).tolist()
        yield case(
            ids,
            [probability(rng) for _ in ids],
            collect=["submission.csv"],
            label=f"hidden customers in the order the competition lists them ({number + 1})",
        )


def diagnose(case, expected, got):
    if not isinstance(got, pd.DataFrame):
        return None
    ids, probabilities = case.args
    columns = [str(column) for column in got.columns]
    if columns and columns[0].startswith("Unnamed"):
        return (
            "The file starts with a nameless column of row numbers: by default to_csv writes the table's index "
            "as a first column (its parameters can turn that off). The file must hold exactly the two columns."
        )
    if columns != HEADER:
        return f"The header is {','.join(columns)}; it must be exactly {','.join(HEADER)}: the scorer reads the names."
    shuffled = len(got) == len(ids) and list(got["customer_id"]) != list(ids)
    if shuffled and sorted(got["customer_id"]) == sorted(ids):
        return "The right customers in another order: keep the order given, the one the organisers list them in."
    values = list(got["churn_probability"])
    if len(values) == len(probabilities) and values == list(probabilities) and values != list(expected[HEADER[1]]):
        return "The probabilities are written with all their decimals: round them to 4 decimals, as the rules ask."
    return None
