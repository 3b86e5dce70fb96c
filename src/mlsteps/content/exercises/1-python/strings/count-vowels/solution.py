def count_vowels(text):
    """Return how many characters of `text` are vowels (a, e, i, o, u, small or capital)."""
    count = 0
    for ch in text.lower():
        if ch in "aeiou":
            count += 1
    return count
