def score_predictions(truth, predicted):
    """Return {"accuracy", "error_rate", "wrong_at"} for predictions against the true labels."""
    if len(truth) != len(predicted):
        raise ValueError(f"{len(truth)} labels but {len(predicted)} predictions")
    if not truth:
        raise ValueError("nothing to score")
    wrong_at = [index for index, (label, guess) in enumerate(zip(truth, predicted, strict=True)) if label != guess]
    error_rate = len(wrong_at) / len(truth)
    return {"accuracy": 1 - error_rate, "error_rate": error_rate, "wrong_at": wrong_at}
