from mlsteps.engine.cases import case


def cases(rng):
    yield case([10, 20, 30], [18, 26], [19, 24], label="the example")
    yield case([1, 2, 3], [10, 12], [2.0, 2.0], label="a model that predicts the training mean: a draw")
    yield case([5, 5, 5, 5], [5, 9, 1], [5, 5, 5], label="a draw with a constant model")
    yield case([0, 10], [100, 110], [104, 106], label="test targets far from the training ones")
    yield case([4, 8], [6, 6, 6], [1, 11, 6], label="a model worse than the mean")
    for _ in range(5):
        train = [round(rng.uniform(50, 150)) for _ in range(rng.randint(4, 12))]
        test = [round(rng.uniform(50, 150)) for _ in range(rng.randint(3, 8))]
        noise = rng.choice([5, 30, 80])
        predictions = [round(value + rng.gauss(0, noise), 1) for value in test]
        yield case(train, test, predictions, label="random targets and predictions")


def diagnose(case, expected, got):
    train, test, _predictions = case.args
    if not isinstance(got, dict) or not isinstance(expected, dict):
        return None
    baseline = got.get("baseline")
    if isinstance(baseline, int | float) and abs(baseline - sum(test) / len(test)) < 1e-9 != abs(
        baseline - expected["baseline"]
    ):
        return (
            "Your baseline is the mean of the test targets: like any model, it may learn only from the training "
            "targets, so use the mean of the training targets."
        )
    spread = sum((t - expected["baseline"]) ** 2 for t in train) / len(train)
    got_mse = got.get("baseline_mse")
    if isinstance(got_mse, int | float) and abs(got_mse - spread) < 1e-9 != abs(got_mse - expected["baseline_mse"]):
        return (
            "Your baseline_mse is measured on the training targets: both errors are measured on the test "
            "targets, the only fair place to compare two models."
        )
    if got.get("better") is True and expected["model_mse"] == expected["baseline_mse"]:
        return "The two errors are equal here: a draw is not better, the model must be strictly lower."
    return None
