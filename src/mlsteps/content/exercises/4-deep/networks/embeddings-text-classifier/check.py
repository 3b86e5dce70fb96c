import io

import numpy as np
import pandas as pd
from sklearn.model_selection import train_test_split

from mlsteps.engine.cases import case, dataset

REVIEWS = pd.read_csv(io.StringIO(dataset("reviews.csv")))


def cases(rng):
    for number in range(3):
        train, new = train_test_split(
            REVIEWS, test_size=0.3, stratify=REVIEWS["label"], random_state=rng.randint(0, 10_000)
        )
        yield case(
            train["text"].tolist(),
            train["label"].tolist(),
            rng.randint(0, 1000),
            predict=new["text"].tolist(),
            truth=new["label"].to_numpy(),
            label=f"a new draw of reviews ({number + 1})",
        )


def diagnose(case, expected, got, inspected):
    predicted = np.asarray(got).ravel()
    if len(predicted) != len(case.truth):
        return "predict(texts) should give one label per text: a tensor or list of 0s and 1s."
    if len(set(predicted.tolist())) == 1:
        return (
            "Your classifier gives the same answer for every review, so it learned nothing from the words. "
            "Check that the vocabulary holds single words (cut each training text with words), "
            "so that encode finds them."
        )
    if np.mean(predicted == case.truth) < 0.65:
        return (
            "Your classifier does no better than tossing a coin on new reviews, though it learned its training "
            "reviews. Look up the words of new texts in the vocabulary built from the training texts: a fresh "
            "vocabulary for the new texts gives each word another number, one the network never learned."
        )
    return None
