import csv
import io
from dataclasses import replace

from mlsteps.engine.cases import case

NAMES = ["Ada", "Grace", "Alan", "Katherine", "Linus", "Margaret", "Dennis", "Barbara", "Tim", "Hedy", "Zoë"]


def _csv(rows):
    text = io.StringIO()
    writer = csv.writer(text, lineterminator="\n")
    writer.writerow(["name", "score"])
    writer.writerows(rows)
    return text.getvalue()


# Rounded numbers are compared within the rounding's own tolerance ([compare] abs_tol is one unit of the last
# place): a mean that lands exactly on a tie (0.6125 to 3 decimals) may be rounded either way. What the tolerance
# lets through, verify() then holds to the rule: a number with no more decimals than asked, within half a unit of
# the exact value. Observing anything is what makes the judge call verify() on every case.
ROUNDING = ("__class__.__name__",)


def _rounding_problem(got, exact, places, what):
    """Why `got` is not `exact` rounded to `places` decimals (either way on an exact tie), or None."""
    if not isinstance(got, int | float) or isinstance(got, bool) or exact != exact:  # exact is NaN: nothing to hold
        return None
    unit = 10.0**-places
    if abs(got / unit - round(got / unit)) > 1e-6:
        return f"{what} {got!r} is not rounded to {places} decimals"
    if abs(got - exact) > unit / 2 + 1e-9:
        return f"{what} {got!r} is not {exact:.6g} rounded to {places} decimals, which gives {round(exact, places)!r}"
    return None


def cases(rng):
    for one in _cases(rng):
        yield replace(one, observe=ROUNDING)


def _cases(rng):
    yield case("scores.csv", files={"scores.csv": "name,score\nAda,91\nGrace,84.5\n"}, label="the example")
    yield case("scores.csv", files={"scores.csv": "name,score\n"}, label="only the header")
    yield case("one.csv", files={"one.csv": "name,score\nLinus,77\n"}, label="one student")
    yield case(
        "quoted.csv",
        files={"quoted.csv": 'name,score\n"Lovelace, Ada",90\n"Hopper, Grace",80\nAlan,71\n'},
        label="names with commas, in quotes",
    )
    yield case("thirds.csv", files={"thirds.csv": "name,score\nA,1\nB,2\nC,2\n"}, label="a mean that needs rounding")
    for number in range(5):
        rows = [
            [rng.choice(NAMES), rng.choice([rng.randint(0, 100), round(rng.uniform(0, 100), 1)])]
            for _ in range(rng.randint(2, 9))
        ]
        name = f"class_{number + 1}.csv"
        yield case(name, files={name: _csv(rows)}, label="a random class")


def _scores(case):
    (path,) = case.args
    rows = list(csv.reader(io.StringIO(case.files.get(path, ""))))
    return [float(row[1]) for row in rows[1:] if row]


def diagnose(case, expected, got):
    if not isinstance(got, int | float) or isinstance(got, bool):
        return None
    scores = _scores(case)
    if scores and abs(got - round(sum(scores) / (len(scores) + 1), 2)) < 1e-9:
        return "You divided by one too many: the header line `name,score` is not a score, so leave it out of the count."
    return None


def verify(case, got, observed):
    scores = _scores(case)
    exact = sum(scores) / len(scores) if scores else 0.0
    return _rounding_problem(got, exact, 2, "the average")
