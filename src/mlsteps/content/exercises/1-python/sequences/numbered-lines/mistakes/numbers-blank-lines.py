def numbered(text, start=1):
    result = []
    for number, line in enumerate(text.splitlines(), start=start):
        if line.strip():
            result.append(f"{number}. {line.strip()}")
    return result
