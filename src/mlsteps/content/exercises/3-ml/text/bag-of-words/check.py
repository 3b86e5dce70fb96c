import io

import pandas as pd
from sklearn.feature_extraction.text import CountVectorizer

from mlsteps.engine.cases import case, dataset

REVIEWS = pd.read_csv(io.StringIO(dataset("reviews.csv")))["text"].tolist()


def cases(rng):
    yield case(["Great kettle", "the kettle leaks"], ["GREAT great lamp", "leaks"], label="the example")
    yield case(
        ["Fast delivery", "slow delivery and rude staff"],
        ["Brand new words only", "DELIVERY was Fast"],
        label="a new text made only of unknown words, and capitals",
    )
    for number in range(3):
        picked = rng.sample(REVIEWS, rng.randint(6, 10))
        train, new = picked[:-3], picked[-3:]
        new = [text.upper() if rng.random() < 0.5 else text for text in new]
        yield case(train, new, label=f"reviews from reviews.csv ({number + 1})")


def diagnose(case, expected, got):
    if not isinstance(got, pd.DataFrame):
        return None
    train_texts, new_texts = case.args
    columns = [str(column) for column in got.columns]
    if any(column != column.lower() for column in columns):
        return (
            'Some columns have capitals: words must be counted without regard to capitals, so "Great" and '
            '"great" are one word (CountVectorizer lower-cases by default; did you turn that off?).'
        )
    new_words = set(CountVectorizer().fit(new_texts).get_feature_names_out())
    all_words = set(CountVectorizer().fit([*train_texts, *new_texts]).get_feature_names_out())
    if set(columns) in (new_words, all_words) and set(columns) != set(expected.columns):
        return (
            "These columns are not the training vocabulary. Learn the vocabulary from the training texts only "
            "(fit on them), then count the new texts with it (transform): the model only knows those words."
        )
    return None
