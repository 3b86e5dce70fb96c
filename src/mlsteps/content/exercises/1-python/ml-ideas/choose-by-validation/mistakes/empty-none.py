def choose_model(results):
    best = None
    for name in sorted(results):
        scores = results[name]
        gap = scores["train"] - scores["validation"]
        if best is None or (-scores["validation"], gap) < best[0]:
            best = ((-scores["validation"], gap), name)
    return best[1] if best else None
