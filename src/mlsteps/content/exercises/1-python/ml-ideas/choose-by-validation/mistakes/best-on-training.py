def choose_model(results):
    if not results:
        raise ValueError("no models")
    return min(results, key=lambda name: (-results[name]["train"], -results[name]["validation"], name))
