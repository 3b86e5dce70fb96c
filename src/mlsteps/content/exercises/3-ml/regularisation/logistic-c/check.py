import pandas as pd
from sklearn.datasets import make_classification
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from threadpoolctl import threadpool_limits

from mlsteps.engine.cases import case

CS = [0.001, 0.01, 0.1, 1, 10, 100]


def few_rows_many_columns(seed, rows):
    """30 columns, 3 of them useful, few rows: the setting where the penalty matters."""
    X, y = make_classification(
        n_samples=rows, n_features=30, n_informative=3, n_redundant=0, flip_y=0.1, random_state=seed
    )
    X = pd.DataFrame(X.round(3), columns=[f"f{number}" for number in range(1, 31)])
    return train_test_split(X, pd.Series(y, name="label"), test_size=0.5, random_state=seed)


def cases(rng):
    X_train, X_valid, y_train, y_valid = few_rows_many_columns(1, 140)
    yield case(X_train, y_train, X_valid, y_valid, CS, label="the example: C=0.1, 1 and 10 tie on validation")
    for number in range(4):
        X_train, X_valid, y_train, y_valid = few_rows_many_columns(rng.randint(0, 10_000), rng.randint(100, 180))
        yield case(X_train, y_train, X_valid, y_valid, CS, label=f"few rows, many columns ({number + 1})")


MEASURED = {}  # what diagnose measures on a case, kept so each mistake does not measure it again


def _scores(label, X_train, y_train, X_valid, y_valid, cs):
    """Each C's accuracy on the validation rows and on the training rows."""
    if label not in MEASURED:
        valid, train = [], []
        with threadpool_limits(1):  # small problems: one thread is faster than many
            for c in cs:
                model = make_pipeline(StandardScaler(), LogisticRegression(C=c, max_iter=1000)).fit(X_train, y_train)
                valid.append(model.score(X_valid, y_valid))
                train.append(model.score(X_train, y_train))
        MEASURED[label] = valid, train
    return MEASURED[label]


def diagnose(case, expected, got):
    if not isinstance(got, int | float) or isinstance(got, bool) or got == expected:
        return None
    X_train, y_train, X_valid, y_valid, cs = case.args
    valid, train = _scores(case.label, X_train, y_train, X_valid, y_valid, cs)
    best = max(valid)
    tied = [c for c, score in zip(cs, valid, strict=False) if score == best]
    if got in tied:
        return (
            f"C = {', '.join(f'{c:g}' for c in tied)} share the best validation accuracy ({best:.3f}); among ties, "
            "return the smallest C, the most regularised model."
        )
    if got in cs and train[cs.index(got)] == max(train):
        return (
            "This C is best on the rows it learned from, where weaker penalties always look better. Choose C by "
            "accuracy on the validation rows."
        )
    return None
