from sklearn.feature_extraction.text import TfidfVectorizer


def top_words(texts):
    vectorizer = TfidfVectorizer()
    weights = vectorizer.fit_transform(texts).toarray()
    names = vectorizer.get_feature_names_out()
    last = weights.shape[1] - 1 - weights[:, ::-1].argmax(axis=1)
    return names[last].tolist()
