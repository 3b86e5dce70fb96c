def score_predictions(truth, predicted):
    if len(truth) != len(predicted):
        raise ValueError("lengths differ")
    if not truth:
        raise ValueError("nothing to score")
    wrong_at = [index for index, (label, guess) in enumerate(zip(truth, predicted)) if label != guess]
    right = len(truth) - len(wrong_at)
    return {
        "accuracy": right / len(truth),
        "error_rate": len(wrong_at) / right if right else 1.0,
        "wrong_at": wrong_at,
    }
