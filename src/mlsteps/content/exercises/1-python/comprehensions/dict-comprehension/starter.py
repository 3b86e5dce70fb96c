def word_lengths(words):
    """Return a dict mapping each word to its length."""
    # ... write your dict comprehension here.
    return {}
