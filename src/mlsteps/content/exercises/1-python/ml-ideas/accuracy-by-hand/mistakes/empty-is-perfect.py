def score_predictions(truth, predicted):
    if len(truth) != len(predicted):
        raise ValueError("lengths differ")
    if not truth:
        return {"accuracy": 1.0, "error_rate": 0.0, "wrong_at": []}
    wrong_at = [index for index, (label, guess) in enumerate(zip(truth, predicted)) if label != guess]
    return {
        "accuracy": 1 - len(wrong_at) / len(truth),
        "error_rate": len(wrong_at) / len(truth),
        "wrong_at": wrong_at,
    }
