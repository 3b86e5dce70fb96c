def numbered(text, start=1):
    kept = [line.strip() for line in text.splitlines() if line.strip()]
    return [f"{number}. {line}" for number, line in enumerate(kept, start=1)]
