def word_counts(text):
    """Return a dict mapping each word of `text` (in lower case) to how many times it appears."""
    counts = {}
    # Count the words here.
    return counts
