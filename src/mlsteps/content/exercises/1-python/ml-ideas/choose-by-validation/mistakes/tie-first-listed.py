def choose_model(results):
    if not results:
        raise ValueError("no models")
    best = None
    for name, scores in results.items():
        if best is None or scores["validation"] > results[best]["validation"]:
            best = name
    return best
