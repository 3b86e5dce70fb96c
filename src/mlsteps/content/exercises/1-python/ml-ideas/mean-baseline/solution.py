def _mse(truth, guesses):
    return sum((actual - guess) ** 2 for actual, guess in zip(truth, guesses, strict=True)) / len(truth)


def compare_to_baseline(train_targets, test_targets, predictions):
    """Compare a model's test error with a constant guess of the training mean."""
    baseline = sum(train_targets) / len(train_targets)
    baseline_mse = _mse(test_targets, [baseline] * len(test_targets))
    model_mse = _mse(test_targets, predictions)
    return {
        "baseline": baseline,
        "baseline_mse": baseline_mse,
        "model_mse": model_mse,
        "better": model_mse < baseline_mse,
    }
