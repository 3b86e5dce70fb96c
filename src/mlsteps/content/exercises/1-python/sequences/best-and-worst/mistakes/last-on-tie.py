def extremes(results):
    if not results:
        raise ValueError("no results")
    best = worst = results[0]
    for name, score in results:
        if score >= best[1]:
            best = (name, score)
        if score <= worst[1]:
            worst = (name, score)
    return (best, worst)
