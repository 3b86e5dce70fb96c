import numpy as np
from sklearn.datasets import load_breast_cancer
from sklearn.model_selection import train_test_split

from mlsteps.engine.cases import case

DATA = load_breast_cancer(as_frame=True)


def _with_gaps(generator):
    """The samples with holes: in 6 columns, about 12% of the measurements went missing."""
    X = DATA.data.copy()
    for column in generator.choice(X.columns, size=6, replace=False):
        X.loc[generator.random(len(X)) < 0.12, column] = np.nan
    return X


def cases(rng):
    for split in range(3):
        generator = np.random.default_rng(rng.randint(0, 2**32 - 1))
        X = _with_gaps(generator)
        X_train, X_test, y_train, y_test = train_test_split(
            X, DATA.target, test_size=0.3, stratify=DATA.target, random_state=rng.randint(0, 10_000)
        )
        yield case(
            X_train, y_train, predict=X_test, truth=y_test.to_numpy(), label=f"samples with gaps ({split + 1})"
        )
