from sklearn.datasets import load_breast_cancer
from sklearn.model_selection import train_test_split

from mlsteps.engine.cases import case

DATA = load_breast_cancer(as_frame=True)


def cases(rng):
    for split in range(3):
        X_train, X_test, y_train, y_test = train_test_split(
            DATA.data, DATA.target, test_size=0.3, stratify=DATA.target, random_state=rng.randint(0, 10_000)
        )
        yield case(X_train, y_train, predict=X_test, truth=y_test.to_numpy(), label=f"a random split ({split + 1})")
