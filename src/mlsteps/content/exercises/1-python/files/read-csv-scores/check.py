import csv
import io

from mlsteps.engine.cases import case

NAMES = ["Ada", "Grace", "Alan", "Katherine", "Linus", "Margaret", "Dennis", "Barbara", "Tim", "Hedy", "Zoë"]


def _csv(rows):
    text = io.StringIO()
    writer = csv.writer(text, lineterminator="\n")
    writer.writerow(["name", "score"])
    writer.writerows(rows)
    return text.getvalue()


def cases(rng):
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
        return (
            "You divided by one too many: the header line `name,score` is not a score, "
            "so leave it out of the count."
        )
    return None
