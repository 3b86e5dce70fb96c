def numbered(text, start=1):
    """Return the non-blank lines of `text`, stripped and numbered from `start`: "1. line"."""
    lines = []
    # Keep the non-blank lines, then number them.
    return lines
