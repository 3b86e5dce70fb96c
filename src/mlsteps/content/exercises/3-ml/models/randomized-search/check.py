from sklearn.datasets import load_breast_cancer, load_wine
from sklearn.model_selection import train_test_split

from mlsteps.engine.cases import case

BEST = "best_params_"
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
                inspect=[BEST],
                label=f"{words}, a random split ({number + 1})",
            )


def diagnose(case, expected, got, inspected):
    settings = inspected.get(BEST)
    if isinstance(settings, dict) and settings and not any("__" in str(name) for name in settings):
        return (
            "The settings have no step name in front, so the scaler is missing: the search tuned a bare "
            "KNeighborsClassifier. Search over `make_pipeline(StandardScaler(), KNeighborsClassifier())`, with "
            "names such as `kneighborsclassifier__n_neighbors`."
        )
    if settings is None:
        return "Return the fitted search itself: it predicts with the best pipeline it found, and keeps best_params_."
    return None
