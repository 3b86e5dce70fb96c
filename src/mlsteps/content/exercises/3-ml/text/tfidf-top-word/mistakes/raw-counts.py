from sklearn.feature_extraction.text import CountVectorizer


def top_words(texts):
    vectorizer = CountVectorizer()
    counts = vectorizer.fit_transform(texts).toarray()
    names = vectorizer.get_feature_names_out()
    return names[counts.argmax(axis=1)].tolist()
