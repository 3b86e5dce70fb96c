def normalise_counts(counts):
    if not counts:
        return {}
    total = sum(counts.values())
    return {key: count // total for key, count in counts.items()}
