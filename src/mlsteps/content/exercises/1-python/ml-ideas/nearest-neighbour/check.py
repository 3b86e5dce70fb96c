import math

from mlsteps.engine.cases import case

FRUIT = [((150, 7.0), "apple"), ((120, 6.0), "pear"), ((152, 7.4), "apple"), ((10, 2.0), "plum")]
LABELS = ["red", "green", "blue"]


def _manhattan(a, b):
    return sum(abs(x - y) for x, y in zip(a, b, strict=True))


def _nearest(examples, point, distance):
    return min(examples, key=lambda pair: distance(pair[0], point))[1]


def cases(rng):
    yield case(FRUIT, (118, 6.5), label="the example")
    yield case([((0, 0), "a"), ((2, 0), "b")], (1, 0), label="the example with a tie")
    yield case([((3, 3), "diagonal"), ((5, 0), "straight")], (0, 0), label="nearer in a straight line, not in steps")
    yield case([((4,), "low"), ((6,), "high"), ((9,), "top")], (5,), label="one feature, a tie")
    three = [((1, 9, 1), "x"), ((1, 0, 2), "y"), ((2, 5, 9), "z")]
    yield case(three, (1, 1, 1), label="three features, the middle one decides")
    yield case([], (1, 2), raises="ValueError", label="no examples")
    for _ in range(5):
        size = rng.randint(3, 4)
        examples = [
            (tuple(rng.randint(0, 10) for _ in range(size)), rng.choice(LABELS)) for _ in range(rng.randint(4, 12))
        ]
        point = tuple(rng.randint(0, 10) for _ in range(size))
        yield case(examples, point, label="random points")


def diagnose(case, expected, got):
    examples, point = case.args
    if not examples or got == expected:
        return None
    distances = [math.dist(features, point) for features, _ in examples]
    nearest = min(distances)
    tied = [label for (features, label), distance in zip(examples, distances, strict=True) if distance == nearest]
    if len(tied) > 1 and got in tied:
        return (
            "Several examples are exactly as close; the rule says the one that comes first in the list wins: "
            "replace the best one only when a later example is strictly closer."
        )
    if got == _nearest(examples, point, _manhattan):
        return (
            "Your answer is nearest when you add up the steps along each feature; the rule is the straight-line "
            "distance: square each difference, add them, take the square root."
        )
    if len(point) > 2:
        return "This point has more than two features: the distance must take every feature into account."
    return None
