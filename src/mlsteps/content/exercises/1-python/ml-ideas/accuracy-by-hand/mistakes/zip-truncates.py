def score_predictions(truth, predicted):
    pairs = list(zip(truth, predicted))
    if not pairs:
        raise ValueError("nothing to score")
    wrong_at = [index for index, (label, guess) in enumerate(pairs) if label != guess]
    return {
        "accuracy": (len(pairs) - len(wrong_at)) / len(pairs),
        "error_rate": len(wrong_at) / len(pairs),
        "wrong_at": wrong_at,
    }
