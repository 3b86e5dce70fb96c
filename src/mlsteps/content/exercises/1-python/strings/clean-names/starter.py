def clean_name(raw):
    """Return `raw` tidied: no outer spaces, one space between words, each word Capitalized."""
    # Tidy the name here.
    return ""
