import joblib  # noqa: F401  (you will need it)
from sklearn.ensemble import RandomForestClassifier


def save_and_reload(model_params, X, y, path):
    """Train a forest with model_params, save it to path, load it back, and return its predictions on X."""
    model = RandomForestClassifier(**model_params).fit(X, y)
    # Save `model` to `path`, load it back, and return the loaded model's predictions on X.
    return None
