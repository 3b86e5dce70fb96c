import pandas as pd
from sklearn.feature_extraction.text import CountVectorizer


def count_words(train_texts, new_texts):
    """Word counts of new_texts, one column per word of the vocabulary learned from train_texts."""
    vectorizer = CountVectorizer().fit(train_texts)
    counts = vectorizer.transform(new_texts).toarray()
    return pd.DataFrame(counts, columns=vectorizer.get_feature_names_out())
