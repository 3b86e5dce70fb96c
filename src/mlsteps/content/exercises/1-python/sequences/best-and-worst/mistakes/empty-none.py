def extremes(results):
    best = worst = None
    for name, score in results:
        if best is None or score > best[1]:
            best = (name, score)
        if worst is None or score < worst[1]:
            worst = (name, score)
    return (best, worst)
