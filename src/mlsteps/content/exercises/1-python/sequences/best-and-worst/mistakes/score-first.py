def extremes(results):
    if not results:
        raise ValueError("no results")
    best = worst = None
    for name, score in results:
        if best is None or score > best[0]:
            best = (score, name)
        if worst is None or score < worst[0]:
            worst = (score, name)
    return (best, worst)
