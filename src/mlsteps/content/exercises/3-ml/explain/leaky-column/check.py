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


def cases(rng):
    yield case(*stays(0, 300), label="the example: 300 hospital stays")
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
    fitted = [column for column in table.columns if round(_alone(table, target, column, False), 3) >= 0.95]
    if sorted(got) == sorted(fitted) and "record_id" in got:
        return (
            "record_id is flagged: a deep tree on any column of unique numbers scores 1.0 on the rows it learned "
            "from, by memorising them. Score each column by cross-validation, on rows the tree did not see."
        )
    return None
