def choose_model(results):
    """Return the name with the best validation score; ties: smaller train-validation gap, then the name."""
    if not results:
        raise ValueError("no models to choose from")

    def rank(name):
        scores = results[name]
        return (-scores["validation"], scores["train"] - scores["validation"], name)

    return min(results, key=rank)
