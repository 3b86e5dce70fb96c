import math
from collections import Counter

from mlsteps.engine.cases import case

EXAMPLES = [((1, 1), "red"), ((2, 2), "blue"), ((3, 3), "blue"), ((9, 9), "red")]
LABELS = ["red", "green", "blue"]


def _vote(neighbours):
    return Counter(label for _, label in neighbours).most_common(1)[0][0]


def _by_distance(examples, point):
    return sorted(examples, key=lambda pair: math.dist(pair[0], point))


def cases(rng):
    yield case(EXAMPLES, (0, 0), 1, label="the example, k = 1")
    yield case(EXAMPLES, (0, 0), 3, label="the example, k = 3")
    yield case(EXAMPLES, (0, 0), 2, label="the example, a tied vote")
    yield case([((2,), "zebra"), ((-2,), "ant"), ((7,), "ant")], (0,), 1, label="two examples equally near")
    yield case(
        [((5, 0), "ant"), ((0, 1), "zebra"), ((0, 2), "ant"), ((0, 3), "zebra")],
        (0, 0),
        2,
        label="a tied vote where the nearest label is not the smallest",
    )
    yield case(EXAMPLES, (2, 2), 10, label="k larger than the number of examples")
    yield case(EXAMPLES, (0, 0), 0, raises="ValueError", label="k = 0")
    for _ in range(6):
        examples = [
            ((rng.randint(0, 9), rng.randint(0, 9)), rng.choice(LABELS)) for _ in range(rng.randint(5, 14))
        ]
        point = (rng.randint(0, 9), rng.randint(0, 9))
        yield case(examples, point, rng.choice([1, 2, 3, 4, 5]), label="random points")


def diagnose(case, expected, got):
    examples, point, k = case.args
    if got == expected or k < 1:
        return None
    ranked = _by_distance(examples, point)
    fits = []
    by_label = sorted(examples, key=lambda pair: (math.dist(pair[0], point), pair[1]))
    if by_label[:k] != ranked[:k] and got == _vote(by_label[:k]):
        fits.append(
            "of two examples at the same distance you kept the one with the smaller label, but the rule keeps "
            "the one that comes first in the list (a sort by distance alone keeps the list's order for ties)"
        )
    votes = Counter(label for _, label in ranked[:k])
    top = max(votes.values())
    if sum(count == top for count in votes.values()) > 1 and votes.get(got) == top:
        fits.append(
            "the vote is tied and you chose among the tied labels by another rule, but the label of the nearest "
            "neighbour among them wins"
        )
    if k < len(examples) and got == _vote(ranked[: k + 1]):
        fits.append(f"your answer is the vote of {k + 1} neighbours, but exactly k ({k}) examples vote")
    if len(fits) == 1:
        return fits[0][0].upper() + fits[0][1:] + "."
    if fits:
        return "More than one slip would give this answer: " + "; or ".join(fits) + "."
    return None
