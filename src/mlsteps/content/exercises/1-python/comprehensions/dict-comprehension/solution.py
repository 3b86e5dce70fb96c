def word_lengths(words):
    """Return a dict mapping each word to its length."""
    return {word: len(word) for word in words}
