from sklearn.datasets import load_breast_cancer, make_classification
from sklearn.model_selection import train_test_split

from mlsteps.engine.cases import case


def noisy(seed, rows):
    """A made-up table where 15% of the answers are wrong on purpose: noise a deep tree will memorise."""
    X, y = make_classification(
        n_samples=rows, n_features=10, n_informative=4, flip_y=0.15, random_state=seed
    )
    return train_test_split(X.round(3), y, test_size=0.3, random_state=seed)


def cases(rng):
    X_train, X_test, y_train, y_test = noisy(3, 300)
    yield case(X_train, y_train, X_test, y_test, [1, 3, None], label="the example: a noisy table")
    cancer = load_breast_cancer()
    X_train, X_test, y_train, y_test = train_test_split(cancer.data, cancer.target, test_size=0.3, random_state=0)
    yield case(X_train, y_train, X_test, y_test, [1, 2, 3, 5, 8, None], label="breast tissue samples")
    yield case(X_train, y_train, X_test, y_test, [4], label="a single depth")
    for number in range(3):
        X_train, X_test, y_train, y_test = noisy(rng.randint(0, 10_000), rng.randint(200, 500))
        depths = [*sorted(rng.sample(range(1, 16), rng.randint(3, 6))), None]
        yield case(X_train, y_train, X_test, y_test, depths, label=f"another noisy table ({number + 1})")


def diagnose(case, expected, got):
    if not isinstance(got, dict) or set(got) != set(expected):
        return None
    pairs = list(got.values())
    if not all(isinstance(pair, list | tuple) and len(pair) == 2 for pair in pairs):
        return None
    if all(tuple(got[depth]) == tuple(reversed(expected[depth])) for depth in expected):
        return (
            "The two scores are the wrong way round: each value should be (training accuracy, test accuracy), "
            "in that order."
        )
    if all(got[depth][0] == got[depth][1] == expected[depth][0] for depth in expected):
        return (
            "Here both scores come from the training rows. The second one must come from the test rows "
            "that is where overfitting shows."
        )
    unrounded = any(isinstance(score, float) and score != round(score, 3) for pair in pairs for score in pair)
    if unrounded:
        return "Round each score to 3 decimals."
    return None
