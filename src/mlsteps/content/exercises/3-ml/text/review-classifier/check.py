import io

import numpy as np
import pandas as pd
from sklearn.model_selection import train_test_split

from mlsteps.engine.cases import case, dataset

REVIEWS = pd.read_csv(io.StringIO(dataset("reviews.csv")))
VOCABULARY = "steps.0.1.vocabulary_"  # read off a pipeline whose first step vectorizes


def cases(rng):
    for number in range(3):
        texts, new_texts, labels, new_labels = train_test_split(
            REVIEWS["text"].tolist(),
            REVIEWS["label"].to_numpy(),
            test_size=0.3,
            stratify=REVIEWS["label"],
            random_state=rng.randint(0, 10_000),
        )
        yield case(
            texts,
            labels,
            predict=new_texts,
            truth=new_labels,
            observe=[VOCABULARY],
            label=f"210 reviews to learn from, 90 new ones ({number + 1})",
        )


def diagnose(case, expected, got, inspected):
    predictions = np.asarray(got) if isinstance(got, np.ndarray | list) else None
    if predictions is None or predictions.shape != case.truth.shape:
        return None
    if predictions.dtype.kind == "f" and not np.allclose(predictions, np.round(predictions)):
        return None  # a regressor's numbers: the judge already says so
    if len(set(predictions.tolist())) == 1:
        return "Your model gives every review the same label: the words never reach it."
    accuracy = np.mean(predictions == case.truth)
    if accuracy >= 0.75:
        return None
    vocabulary = inspected.get(VOCABULARY)
    if isinstance(vocabulary, dict) and len(vocabulary) < 50:
        return (
            f"Your vectorizer keeps only {len(vocabulary)} words. A vocabulary of a few words cannot tell a broken "
            "kettle from a lovely one: let the vectorizer keep the words (and perhaps word pairs) it finds."
        )
    return (
        f"Your model gets {accuracy:.2f} of the new reviews right, below the bar of 0.75. Compare a few settings "
        "of the vectorizer and of the classifier on reviews held out from training before you choose one."
    )
