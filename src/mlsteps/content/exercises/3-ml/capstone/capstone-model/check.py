import io

import numpy as np
import pandas as pd
from sklearn.model_selection import train_test_split

from mlsteps.engine.cases import case, dataset

SUBSCRIBERS = pd.read_csv(io.StringIO(dataset("subscribers.csv")))
TREE_DEPTH = ("_final_estimator.tree_.max_depth", "tree_.max_depth")


def cases(rng):
    customers, churned = SUBSCRIBERS.drop(columns="churned"), SUBSCRIBERS["churned"]
    for number in range(3):
        train, hidden, train_churned, hidden_churned = train_test_split(
            customers, churned, test_size=0.25, stratify=churned, random_state=rng.randint(0, 10_000)
        )
        yield case(
            train,
            train_churned,
            predict=hidden,
            method="predict_proba",
            truth=hidden_churned.to_numpy(),
            observe=TREE_DEPTH,
            label=f"900 customers to learn from, 300 hidden ones ({number + 1})",
        )


def _auc(truth, scores):
    from sklearn.metrics import roc_auc_score

    return roc_auc_score(truth, scores)


def diagnose(case, expected, got, inspected):
    output = np.asarray(got, dtype=float) if isinstance(got, np.ndarray | list) else None
    if output is None or output.ndim != 2 or len(output) != len(case.truth):
        return None
    if _auc(case.truth, output[:, 1]) >= 0.75:
        return None
    depth = next((inspected[path] for path in TREE_DEPTH if inspected.get(path) is not None), None)
    if isinstance(depth, int) and depth > 10:
        return (
            f"Your model is a single deep tree ({depth} levels): it memorises the training customers and gives "
            "hard 0-or-1 answers, which rank new customers poorly. Try a model that averages many trees, limits "
            "their depth, or a regularised linear model."
        )
    hidden = case.then[1][0]
    family = (hidden["plan"] == "family").to_numpy()
    if family.any() and output[family, 1].mean() > output[~family, 1].mean():
        return (
            "Your model gives the family plan's customers a higher risk than the others, though they cancel the "
            "least (part 1): the plan column never reaches the model, and their high fee misleads it. One-hot "
            "encode plan, region and autopay."
        )
    return None
