def count_words(text):
    """Return a dict mapping each lowercase word of `text` to how many times it appears."""
    # Split the text into words and count them here.
    return {}
