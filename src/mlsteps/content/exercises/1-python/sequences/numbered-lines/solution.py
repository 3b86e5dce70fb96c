def numbered(text, start=1):
    """Return the non-blank lines of `text`, stripped and numbered from `start`: "1. line"."""
    kept = [line.strip() for line in text.splitlines() if line.strip()]
    return [f"{number}. {line}" for number, line in enumerate(kept, start=start)]
