from collections import Counter


def top_words(text, n):
    """Return the n most common lower-case words as (word, count), ties in order of first appearance."""
    return Counter(text.lower().split()).most_common(n)
