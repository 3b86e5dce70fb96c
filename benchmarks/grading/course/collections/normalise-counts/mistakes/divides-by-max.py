def normalise_counts(counts):
    if not counts:
        return {}
    biggest = max(counts.values())
    return {key: count / biggest for key, count in counts.items()}
