def clean_name(raw):
    """Return `raw` tidied: no outer spaces, one space between words, each word Capitalized."""
    words = raw.split()
    return " ".join(word.capitalize() for word in words)
