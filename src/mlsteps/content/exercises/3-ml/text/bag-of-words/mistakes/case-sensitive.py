import pandas as pd
from sklearn.feature_extraction.text import CountVectorizer


def count_words(train_texts, new_texts):
    vectorizer = CountVectorizer(lowercase=False).fit(train_texts)
    counts = vectorizer.transform(new_texts).toarray()
    return pd.DataFrame(counts, columns=vectorizer.get_feature_names_out())
