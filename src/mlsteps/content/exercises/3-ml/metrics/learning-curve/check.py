import pandas as pd
from sklearn.datasets import load_breast_cancer, make_classification
from sklearn.model_selection import learning_curve
from sklearn.tree import DecisionTreeClassifier
from threadpoolctl import threadpool_limits

from mlsteps.engine.cases import case

MODEL = DecisionTreeClassifier(max_depth=4, random_state=0)


def measurements(seed, rows):
    X, y = make_classification(
        n_samples=rows, n_features=10, n_informative=4, flip_y=0.08, class_sep=0.8, random_state=seed
    )
    return pd.DataFrame(X.round(3), columns=[f"m{number}" for number in range(1, 11)]), pd.Series(y, name="label")


def cases(rng):
    cancer = load_breast_cancer(as_frame=True)
    yield case(cancer.data, cancer.target, [20, 100, 400], label="the example: breast tissue samples")
    for number in range(3):
        rows = rng.randint(250, 400)
        X, y = measurements(rng.randint(0, 10_000), rows)
        top = rows * 4 // 5
        sizes = [*sorted(rng.sample(range(15, top), 3)), top]
        yield case(X, y, sizes, label=f"made-up measurements, {rows} rows ({number + 1})")


MEASURED = {}  # what diagnose measures on a case, kept so each mistake does not measure it again


def diagnose(case, expected, got):
    if not isinstance(got, pd.DataFrame) or set(got.columns) != set(expected.columns) or len(got) != len(expected):
        return None
    got = got.reset_index(drop=True)
    if _close(got["train_score"], expected["valid_score"]) and _close(got["valid_score"], expected["train_score"]):
        return (
            "The training and validation scores are swapped: learning_curve gives the sizes, then the scores on "
            "the rows each model learned from, then the scores on the held-out folds."
        )
    if _close(got["gap"], -expected["gap"]) and not _close(got["gap"], expected["gap"]):
        return "The gap is train_score minus valid_score: positive when the model does better on rows it has seen."
    X, y, sizes = case.args
    if case.label not in MEASURED:
        with threadpool_limits(1):  # small problems: one thread is faster than many
            _, _, valid = learning_curve(MODEL, X, y, train_sizes=sizes, cv=5)
        MEASURED[case.label] = pd.Series(valid.mean(axis=1).round(3))
    if _close(got["valid_score"], MEASURED[case.label]):
        return (
            "These scores come from folds cut in order. Use the folds the prompt gives, "
            "StratifiedKFold(5, shuffle=True, random_state=0), passed as cv=."
        )
    return None


def _close(a, b):
    return len(a) == len(b) and bool(((pd.Series(a).to_numpy() - pd.Series(b).to_numpy()) ** 2 < 0.0011**2).all())
