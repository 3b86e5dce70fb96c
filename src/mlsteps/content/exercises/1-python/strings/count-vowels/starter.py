def count_vowels(text):
    """Return how many characters of `text` are vowels (a, e, i, o, u, small or capital)."""
    # Count the vowels here.
    return 0
