import numpy as np
import pandas as pd
from sklearn.datasets import make_classification
from sklearn.model_selection import train_test_split

from mlsteps.engine.cases import case

COLUMNS = [f"sensor_{number}" for number in range(1, 9)]


def cases(rng):
    for batch in range(4):
        random_state = rng.randint(0, 10_000)
        X, y = make_classification(
            n_samples=1000,
            n_features=8,
            n_informative=4,
            n_redundant=2,
            n_clusters_per_class=1,
            weights=[0.95],
            class_sep=1.0,
            flip_y=0.01,
            random_state=random_state,
        )
        X = pd.DataFrame(X.round(3), columns=COLUMNS)
        y = pd.Series(y, name="faulty")
        X_train, X_test, y_train, y_test = train_test_split(
            X, y, test_size=0.3, stratify=y, random_state=random_state
        )
        yield case(X_train, y_train, predict=X_test, truth=y_test.to_numpy(), label=f"a batch of parts ({batch + 1})")


def diagnose(case, expected, got):
    predictions = np.asarray(got) if isinstance(got, np.ndarray | list) else None
    truth = np.asarray(case.truth)
    if predictions is None or predictions.shape != truth.shape:
        return None
    faulty = int((truth == 1).sum())
    found = int(((predictions == 1) & (truth == 1)).sum())
    accuracy = float((predictions == truth).mean())
    if found == 0:
        return (
            f"Your model finds none of the {faulty} faulty parts, yet its accuracy is {accuracy:.0%}: that is "
            "why accuracy misleads when one class is rare. Balanced accuracy averages the share found in each "
            "class (here 100% of the fine parts and 0% of the faulty ones), so it gives 0.5, like a coin."
        )
    if found < faulty / 2:
        return (
            f"Your model's accuracy is {accuracy:.0%}, which looks great, but it finds only {found} of the "
            f"{faulty} faulty parts. With so few of them, the model learned that saying \"fine\" is almost "
            "always right. Each faulty part must count more in training (look up class weights)."
        )
    return None
