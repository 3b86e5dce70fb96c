from mlsteps.engine.cases import case

EXAMPLE = {"logistic regression": 0.871, "random forest": 0.912, "k-nearest neighbours": 0.853}
MODELS = ["baseline", "logistic regression", "random forest", "gradient boosting", "k-nearest neighbours",
          "naive Bayes", "a small network"]


def _order(scores, higher_is_better):
    return sorted(scores, key=lambda name: (-scores[name] if higher_is_better else scores[name], name))


def cases(rng):
    yield case(EXAMPLE, "accuracy", True, label="the example", observe=["dpi"])
    yield case({"mean": 41.2, "linear regression": 18.75, "gradient boosting": 12.31}, "RMSE (€ thousands)", False,
               label="an error, where lower is better", observe=["dpi"])
    yield case({"tree": 0.8, "forest": 0.9, "boosting": 0.9, "baseline": 0.5}, "F1", True,
               label="two models tied at the top", observe=["dpi"])
    yield case({"model A": 0.6666, "model B": 0.6612}, "ROC AUC", True, label="two models, close", observe=["dpi"])
    for _ in range(3):
        names = rng.sample(MODELS, rng.randint(2, 5))
        higher = rng.random() < 0.6
        scores = {name: round(rng.uniform(0.4, 0.95) if higher else rng.uniform(5, 50), 3) for name in names}
        metric = rng.choice(["accuracy", "balanced accuracy"]) if higher else rng.choice(["MAE", "RMSE"])
        yield case(scores, metric, higher, label=f"{len(names)} random models", observe=["dpi"])


def _title(got):
    axes = got.get("axes") or [{}]
    return " ".join(part for part in (got.get("suptitle") or "", axes[0].get("title") or "") if part)


def verify(case, got, observed):
    """The bars are the reference's; the title is the learner's own words, but it must state the finding."""
    scores, _, higher_is_better = case.args
    best, second = _order(scores, higher_is_better)[:2]
    title = _title(got).lower()
    for name, score, role in ((best, scores[best], "best"), (second, scores[second], "runner-up")):
        if name.lower() not in title or f"{score:.2f}" not in title:
            return (
                f"the title {_title(got)!r} does not state the finding: it should name the {role}, {name!r}, with "
                f"its score to 2 decimals ({score:.2f}), so a reader gets the result without reading the bars"
            )
    return None


def diagnose(case, expected, got):
    scores, metric, higher_is_better = case.args
    axes = (got.get("axes") or [{}])[0] if isinstance(got, dict) else {}
    bars = axes.get("bars") or []
    heights = bars[0]["height"] if bars else []
    if sorted(heights) == sorted(scores.values()) and heights != [scores[n] for n in _order(scores, higher_is_better)]:
        if not higher_is_better and heights == [scores[n] for n in _order(scores, True)]:
            return (
                f"For {metric} lower is better: the best model has the smallest score, so it comes first, and it "
                "is the one the title names."
            )
        return "Sort the bars from the best model to the worst (ties by name), so the finding reads left to right."
    if not axes.get("ylabel"):
        return f"Label the y axis with the metric, {metric!r}: a bar's height means nothing without its unit."
    return None
