import numpy as np
import pandas as pd
from sklearn.model_selection import KFold, cross_val_score
from sklearn.tree import DecisionTreeClassifier
from threadpoolctl import threadpool_limits

from mlsteps.engine.cases import case


def stays(seed, rows, leaks=("patient_id", "followup_booked")):
    """Hospital stays: was the patient readmitted within 30 days?

    record_id is a random number; patient_id was given in two batches, readmitted patients in the later one (a
    leak); followup_booked is filled in after a readmission (a leak); age, stays_last_year and length_of_stay
    carry a little real signal.
    """
    draw = np.random.default_rng(seed)
    age = draw.integers(20, 90, rows)
    earlier = draw.poisson(1, rows)
    length = draw.integers(1, 15, rows)
    readmitted = (0.02 * age + 0.5 * earlier + 0.1 * length + draw.normal(0, 1.2, rows) > 2.8).astype(int)
    table = pd.DataFrame(
        {
            "record_id": draw.permutation(rows) + 1000,
            "age": age,
            "stays_last_year": earlier,
            "length_of_stay": length,
        }
    )
    if "patient_id" in leaks:
        table["patient_id"] = np.where(
            readmitted == 1, draw.integers(50_000, 60_000, rows), draw.integers(10_000, 50_000, rows)
        )
    if "followup_booked" in leaks:
        table["followup_booked"] = np.where(draw.random(rows) < 0.97, readmitted, 1 - readmitted)
    return table, pd.Series(readmitted, name="readmitted")


def on_the_line(seed, rows):
    """Stays with a discharge_code that is the answer except 2 rows in each test fold: exactly 0.95 alone."""
    table, readmitted = stays(seed, rows, leaks=())
    code = readmitted.to_numpy().copy()
    for _, test in KFold(5, shuffle=True, random_state=0).split(table):
        code[test[:2]] = 1 - code[test[:2]]
    table["discharge_code"] = code
    return table, readmitted


def cases(rng):
    yield case(*stays(0, 300), label="the example: 300 hospital stays")
    yield case(*on_the_line(1, 200), label="a column whose cross-validated accuracy is exactly 0.95")
    yield case(*stays(1, 200, leaks=()), label="stays without any leak: nothing should be flagged")
    for number in range(2):
        leaks = rng.choice([("patient_id",), ("followup_booked",), ("patient_id", "followup_booked")])
        yield case(
            *stays(rng.randint(0, 10_000), rng.randint(200, 300), leaks),
            label=f"another hospital's stays ({number + 1})",
        )


def _alone(table, target, column, cross_validated=True):
    tree = DecisionTreeClassifier(random_state=0)
    with threadpool_limits(1):  # small problems: one thread is faster than many
        if cross_validated:
            return cross_val_score(tree, table[[column]], target, cv=KFold(5, shuffle=True, random_state=0)).mean()
        return tree.fit(table[[column]], target).score(table[[column]], target)


def diagnose(case, expected, got):
    if not isinstance(got, list) or got == expected:
        return None
    table, target = case.args
    if sorted(got) == expected:
        return "The right columns, in another order: return them in alphabetical order."
    on_line = [
        column for column in expected if column not in got and round(_alone(table, target, column), 3) == 0.95
    ]
    if on_line:
        return (
            f"{on_line[0]} scores exactly 0.95 on its own and is not flagged. The bar is at least 0.95: a score "
            "right on it counts."
        )
    fitted = [column for column in table.columns if round(_alone(table, target, column, False), 3) >= 0.95]
    if sorted(got) == sorted(fitted) and "record_id" in got:
        return (
            "record_id is flagged: a deep tree on any column of unique numbers scores 1.0 on the rows it learned "
            "from, by memorising them. Score each column by cross-validation, on rows the tree did not see."
        )
    return None
