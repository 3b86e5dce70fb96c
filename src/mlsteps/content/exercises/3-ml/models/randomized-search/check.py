from sklearn.datasets import load_breast_cancer, load_wine
from sklearn.model_selection import train_test_split

from mlsteps.engine.cases import case

BEST = "best_params_"
KIND = "__class__.__name__"
FIRST = "estimator.steps.0.1.__class__.__name__"  # the searched pipeline's first step ("NoneType" if no pipeline)
OBSERVED = (BEST, KIND, FIRST, "estimator.__class__.__name__")
TABLES = ((load_breast_cancer, "breast tissue samples"), (load_wine, "wines"))


def cases(rng):
    for load, words in TABLES:
        data = load(as_frame=True)
        for number in range(2):
            X_train, X_test, y_train, y_test = train_test_split(
                data.data, data.target, test_size=0.25, stratify=data.target, random_state=rng.randint(0, 10_000)
            )
            yield case(
                X_train,
                y_train,
                predict=X_test,
                truth=y_test.to_numpy(),
                observe=OBSERVED,
                label=f"{words}, a random split ({number + 1})",
            )


def verify(case, got, observed):
    kind = observed.get(KIND)
    if kind != "RandomizedSearchCV":
        return (
            f"your function returned a {kind}, not a fitted RandomizedSearchCV: this exercise is about letting a "
            "randomized search choose the settings."
        )
    searched = observed.get("estimator.__class__.__name__")
    if searched != "Pipeline":
        return (
            f"the search tuned a bare {searched}, so the scaler is missing: a KNN measures distances, and needs its "
            "columns on one scale. Search over a pipeline of a scaler and the KNN."
        )
    first = observed.get(FIRST)
    if not isinstance(first, str) or not first.endswith("Scaler"):
        return f"the searched pipeline starts with a {first}: put a scaler first, then the KNN."
    settings = observed.get(BEST)
    if isinstance(settings, dict) and not any("__" in str(name) for name in settings):
        return "the search tuned no setting of the pipeline's steps: name them as step__setting."
    return None
