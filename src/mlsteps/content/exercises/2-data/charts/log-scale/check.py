import io
import math

import pandas as pd

from mlsteps.engine.cases import case, dataset

HOUSING = pd.read_csv(io.StringIO(dataset("housing.csv")))


def _spread(rng, low, factor, count):
    """Positive values from `low` up to `low * factor`, evenly on a log scale, with both ends included."""
    values = [low * factor ** rng.random() for _ in range(count - 2)] + [low, low * factor]
    rng.shuffle(values)
    return [round(value, 6) for value in values]


def cases(rng):
    animals = pd.DataFrame({"body_kg": [0.02, 0.3, 4.0, 70.0, 6000.0], "lifespan_years": [2, 5, 15, 70, 60]})
    yield case(animals, "body_kg", "lifespan_years", label="the example")
    exactly = pd.DataFrame({"a": [1.0, 10.0, 100.0], "b": [3.0, 4.0, 5.0]})
    yield case(exactly, "a", "b", label="a factor of exactly 100")
    just_under = pd.DataFrame({"a": [2.0, 50.0, 199.0], "b": [1000.0, 1050.0, 1130.0]})
    yield case(just_under, "a", "b", label="a factor just under 100; a big difference but a small factor")
    yield case(HOUSING, "area_m2", "price_eur", label="housing.csv: area and price")
    for _ in range(1):
        count = rng.randint(8, 30)
        frame = pd.DataFrame(
            {
                "size": _spread(rng, rng.choice([0.01, 1.0, 50.0]), rng.choice([5, 80, 100, 400, 10**5]), count),
                "count": _spread(rng, rng.choice([1.0, 20.0]), rng.choice([3, 60, 100, 2000]), count),
            }
        )
        yield case(frame, "size", "count", label="random positive values")


def _factor(values):
    return values.max() / values.min()


def diagnose(case, expected, got):
    frame, x, y = case.args
    if not hasattr(got, "get") or not got.get("axes"):
        return None
    axes, want = got["axes"][0], expected["axes"][0]
    scales = (axes["xscale"], axes["yscale"])
    wanted = (want["xscale"], want["yscale"])
    if scales == wanted:
        if (axes["xlabel"], axes["ylabel"]) != (want["xlabel"], want["ylabel"]):
            return (
                "A log axis should say so: end its label with \" (log scale)\", and leave a linear axis's label "
                "as the column's name."
            )
        return None
    factors = {x: _factor(frame[x]), y: _factor(frame[y])}
    if any(math.isclose(factor, 100) for factor in factors.values()):
        return "An axis whose values span a factor of exactly 100 should get a log scale: the rule is 100 or more."
    differences = {name: frame[name].max() - frame[name].min() for name in (x, y)}
    if any((differences[name] >= 100) != (factors[name] >= 100) for name in (x, y)):
        return (
            "The span is a factor (largest divided by smallest), not a difference: 1000 to 1130 is a difference "
            "of 130 but a factor of only 1.13."
        )
    if scales[0] == scales[1] and wanted[0] != wanted[1]:
        return "Decide each axis on its own: here one axis spans a factor of 100 or more and the other does not."
    return None
