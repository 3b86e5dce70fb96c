import itertools

from mlsteps.engine.cases import case

NAMES = ["Ada", "Alan", "Grace", "Linus", "Hedy", "Tim", "Katherine", "Dennis", "Barbara", "Edsger"]


def _player(name, points, minutes):
    return {"name": name, "points": points, "minutes": minutes}


def cases(rng):
    yield case(
        [_player("Ada", 30, 41), _player("Alan", 45, 50), _player("Grace", 30, 35)],
        label="the example",
    )
    yield case([_player("Solo", 10, 10)], label="one player")
    yield case([], label="no players")
    yield case(
        [_player("Zoe", 20, 30), _player("Bea", 20, 30), _player("Max", 20, 25)],
        label="equal points; two of them with equal minutes too",
    )
    yield case(
        [_player("Low", 5, 1), _player("High", 50, 99), _player("Mid", 25, 50)],
        label="the most points are also the slowest",
    )
    for _ in range(5):
        names = rng.sample(NAMES, rng.randint(3, 8))
        players = [_player(name, rng.choice([10, 20, 20, 30]), rng.choice([30, 35, 35, 40])) for name in names]
        yield case(players, label="random players")


def diagnose(case, expected, got):
    (players,) = case.args
    if not isinstance(got, list) or got == expected or sorted(map(str, got)) != sorted(expected):
        return None
    points = {player["name"]: player["points"] for player in players}
    minutes = {player["name"]: player["minutes"] for player in players}
    for first, second in itertools.pairwise(got):
        if points[first] < points[second]:
            return f"{second!r} has more points than {first!r} but comes after: the most points first."
        if points[first] == points[second] and minutes[first] > minutes[second]:
            return (
                f"{first!r} and {second!r} have equal points, and {second!r} took fewer minutes, so it ranks "
                "higher: only the points go high-first (reverse=True turns every part of the key around)."
            )
        if points[first] == points[second] and minutes[first] == minutes[second] and first > second:
            return f"{first!r} and {second!r} tie on points and minutes: then the names go in alphabetical order."
    return None
