def word_counts(text):
    """Return a dict mapping each word of `text` (in lower case) to how many times it appears."""
    counts = {}
    for word in text.lower().split():
        counts[word] = counts.get(word, 0) + 1
    return counts
