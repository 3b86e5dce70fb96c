def choose_model(results):
    if not results:
        raise ValueError("no models")
    ranked = sorted(
        results,
        key=lambda name: (results[name]["validation"], -(results[name]["train"] - results[name]["validation"]), name),
    )
    return ranked[-1]
