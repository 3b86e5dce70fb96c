def score_predictions(truth, predicted):
    """Return {"accuracy", "error_rate", "wrong_at"} for predictions against the true labels."""
    wrong_at = []
    # Check the lists, then find the wrong predictions.
    return {"accuracy": 0.0, "error_rate": 0.0, "wrong_at": wrong_at}
