def compare_to_baseline(train_targets, test_targets, predictions):
    baseline = sum(train_targets) / len(train_targets)
    n = len(test_targets)
    baseline_mse = sum((t - baseline) ** 2 for t in test_targets) / n
    model_mse = sum((t - p) ** 2 for t, p in zip(test_targets, predictions)) / n
    return {"baseline": baseline, "baseline_mse": baseline_mse, "model_mse": model_mse, "better": model_mse <= baseline_mse}
