from sklearn.feature_extraction.text import TfidfVectorizer


def top_words(texts):
    """For each text, the word with the highest TF-IDF weight (ties: first in alphabetical order)."""
    vectorizer = TfidfVectorizer()
    weights = vectorizer.fit_transform(texts).toarray()
    names = vectorizer.get_feature_names_out()
    return names[weights.argmax(axis=1)].tolist()
