def score_predictions(truth, predicted):
    if len(truth) != len(predicted):
        raise ValueError("lengths differ")
    if not truth:
        raise ValueError("nothing to score")
    wrong_at = []
    for number, (label, guess) in enumerate(zip(truth, predicted), start=1):
        if label != guess:
            wrong_at.append(number)
    return {
        "accuracy": 1 - len(wrong_at) / len(truth),
        "error_rate": len(wrong_at) / len(truth),
        "wrong_at": wrong_at,
    }
