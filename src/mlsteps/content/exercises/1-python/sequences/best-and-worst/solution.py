def extremes(results):
    """Return ((best_name, best_score), (worst_name, worst_score)); the earliest result wins a tie."""
    if not results:
        raise ValueError("no results")
    best = worst = results[0]
    for name, score in results[1:]:
        if score > best[1]:
            best = (name, score)
        if score < worst[1]:
            worst = (name, score)
    return (tuple(best), tuple(worst))
