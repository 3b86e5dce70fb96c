"""Scoring a learner's model on data it never saw, against a baseline the judge computes itself.

A model exercise's function builds and trains a model; the worker asks that model for predictions on held-out
inputs and sends back only the predictions. The answers (``truth``) stay here. A pass needs a score above a
threshold set from a baseline — a ``DummyClassifier`` or ``DummyRegressor`` the judge fits on the same training
data — so a constant or lucky model cannot pass. The reference solution's score is shown for comparison.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from mlsteps.engine.cases import Case
from mlsteps.engine.difference import Difference


@dataclass(frozen=True)
class Metric:
    words: str  # how the feedback names it
    function: Callable[[Any, Any], float]
    greater_is_better: bool = True


def _metrics() -> dict[str, Metric]:
    import numpy as np
    from sklearn import metrics

    def positive_scores(y_true: Any, output: Any) -> Any:
        output = np.asarray(output)
        return output[:, 1] if output.ndim == 2 else output

    return {
        "accuracy": Metric("accuracy", metrics.accuracy_score),
        "balanced_accuracy": Metric("balanced accuracy", metrics.balanced_accuracy_score),
        "f1": Metric("F1 score", metrics.f1_score),
        "f1_macro": Metric("macro F1 score", lambda t, p: metrics.f1_score(t, p, average="macro")),
        "precision": Metric("precision", lambda t, p: metrics.precision_score(t, p, zero_division=0)),
        "recall": Metric("recall", metrics.recall_score),
        "roc_auc": Metric("ROC AUC", lambda t, p: metrics.roc_auc_score(t, positive_scores(t, p))),
        "r2": Metric("R²", metrics.r2_score),
        "mae": Metric("mean absolute error", metrics.mean_absolute_error, greater_is_better=False),
        "rmse": Metric("root mean squared error", metrics.root_mean_squared_error, greater_is_better=False),
    }


@dataclass(frozen=True)
class ModelRule:
    """``[model]`` in exercise.toml: how a trained model is scored, and what it must beat."""

    metric: str
    baseline: str = "most_frequent"  # a DummyClassifier strategy, or a DummyRegressor one ("mean", "median")
    margin: float = 0.05  # how far above the baseline (below it, for errors) the score must be
    min_score: float | None = None  # and at least this good
    target_arg: int = 1  # where y_train is among the function's arguments (a dummy needs only the answers)


@dataclass(frozen=True)
class ModelScore:
    metric: Metric
    score: float
    baseline: float
    threshold: float
    reference: float | None

    @property
    def passed(self) -> bool:
        import numpy as np

        if not np.isfinite(self.score):
            return False
        return self.score >= self.threshold if self.metric.greater_is_better else self.score <= self.threshold


def baseline_score(rule: ModelRule, case: Case, metric: Metric, method: str) -> float:
    """The score of a model that learns nothing about the inputs, trained on the same data by the judge."""
    import numpy as np
    from sklearn.dummy import DummyClassifier, DummyRegressor

    y_train = case.args[rule.target_arg]
    regressor = rule.baseline in ("mean", "median")
    dummy = DummyRegressor(strategy=rule.baseline) if regressor else DummyClassifier(strategy=rule.baseline)
    dummy.fit(np.zeros((len(y_train), 1)), y_train)  # a dummy looks only at the answers, so X is a stand-in
    asks_probabilities = method == "predict_proba" or (rule.metric == "roc_auc" and not regressor)
    output = (dummy.predict_proba if asks_probabilities else dummy.predict)(np.zeros((len(case.truth), 1)))
    return float(metric.function(case.truth, output))


def _as_predictions(values: Any, rule: ModelRule, method: str) -> Any:
    """An array of predictions; a network's (n, classes) scores become the class with the largest score."""
    import numpy as np

    if not (isinstance(values, np.ndarray | list) or hasattr(values, "__array__")):
        return None
    predictions = np.asarray(values)
    if predictions.ndim == 2 and method != "predict_proba" and rule.metric != "roc_auc":
        predictions = predictions.argmax(axis=1)
    return predictions


def score(rule: ModelRule, case: Case, got: Any, reference: Any) -> ModelScore | Difference:
    """Score the learner's predictions; a Difference when they cannot even be scored.

    The predictions are what the returned model's method gave on the held-out inputs (``predict=``), or, for a case
    with only ``truth``, what the learner's function returned itself.
    """
    import numpy as np

    metric = _metrics()[rule.metric]
    method = case.then[0] if case.then else "predict"
    source = f"{method}()" if case.then else "your function"
    predictions = _as_predictions(got, rule, method)
    if predictions is None or len(predictions) != len(case.truth):
        return Difference("", f"expected {len(case.truth)} predictions from {source}, got {_what(got)}")
    classes = np.asarray(case.truth)
    if method in ("predict", "__call__") and classes.dtype.kind in "iub" and predictions.dtype.kind == "f":
        between = predictions[~np.isclose(predictions, np.round(predictions))]
        if between.size:
            return Difference(
                "",
                f"your model predicts numbers between the classes (such as {between[0]:.2f}): that is what a "
                "regressor does. This is a classification problem: use a classifier, such as LogisticRegression.",
            )
    try:
        value = float(metric.function(case.truth, predictions))
        reference_value = float(metric.function(case.truth, _as_predictions(reference, rule, method)))
    except (ValueError, TypeError) as exc:
        return Difference("", f"these predictions cannot be scored with {metric.words}: {exc}")
    base = baseline_score(rule, case, metric, method)
    if metric.greater_is_better:
        threshold = max(base + rule.margin, rule.min_score if rule.min_score is not None else -np.inf)
    else:
        threshold = min(base - rule.margin, rule.min_score if rule.min_score is not None else np.inf)
    return ModelScore(metric, value, base, threshold, reference_value)


def _what(got: Any) -> str:
    if hasattr(got, "__len__"):
        return f"{len(got)}"
    return type(got).__name__


def explain(result: ModelScore) -> str:
    """The score in words: what was reached, what was needed, and what a model that learns nothing gets."""
    metric = result.metric
    need = "at least" if metric.greater_is_better else "at most"
    text = (
        f"on data the model never saw, its {metric.words} is {result.score:.3f}; it needs {need} "
        f"{result.threshold:.3f}. A model that ignores the inputs scores {result.baseline:.3f}"
    )
    if result.reference is not None:
        text += f", and the reference solution {result.reference:.3f}"
    return text + "."
