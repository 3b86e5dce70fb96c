import pandas as pd
from sklearn.datasets import load_breast_cancer, load_wine, make_classification
from sklearn.model_selection import train_test_split
from sklearn.tree import DecisionTreeClassifier

from mlsteps.engine.cases import case

WINE = load_wine(as_frame=True)
CANCER = load_breast_cancer(as_frame=True)


def _noisy_table(n_rows, random_state):
    """Loan applications that were repaid (1) or not (0): noisy, as real answers are, so a tree can't be perfect."""
    X, y = make_classification(
        n_samples=n_rows, n_features=5, n_informative=3, flip_y=0.1, random_state=random_state
    )
    X = pd.DataFrame(X.round(3), columns=["income", "debt", "age", "years_employed", "loans"])
    return X, pd.Series(y, name="repaid")


def cases(rng):
    yield case(*_noisy_table(200, 8), 1, label="the example: 200 loans")
    yield case(CANCER.data, CANCER.target, 0, label="the breast cancer samples")
    yield case(WINE.data, WINE.target, 3, label="the wines")
    for _ in range(4):
        n_rows = rng.randint(100, 400)
        yield case(*_noisy_table(n_rows, rng.randint(0, 10_000)), rng.randint(0, 1000), label=f"{n_rows} loans")


def diagnose(case, expected, got):
    X, y, seed = case.args
    if not isinstance(got, int | float) or isinstance(got, bool) or expected >= 1:
        return None
    if got >= 1 - 1e-9:
        return (
            f"A perfect 1.0, on rows the model had already seen. A decision tree grows until it gets every "
            f"training row right, so scoring it on rows it trained on (or training it on all rows, test rows "
            f"included) only shows that it memorised them. On rows it never saw, it gets {expected:.3f}: that is "
            "the number to trust."
        )
    X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, random_state=seed)
    if abs(got - DecisionTreeClassifier(random_state=0).fit(X_train, y_train).score(X_test, y_test)) < 1e-9:
        return "This split is not stratified by y, so the classes do not keep their shares in the test part."
    return None
