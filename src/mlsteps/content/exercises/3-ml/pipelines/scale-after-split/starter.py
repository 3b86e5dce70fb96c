from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split  # noqa: F401  (you will need it)
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler


def fit_scaled_model(X, y, seed):
    """Split (25% test, random_state=seed), then fit scaler + model on the training part only."""
    pipeline = Pipeline([("scale", StandardScaler()), ("model", LogisticRegression(max_iter=5000))])
    # This fits on every row, test rows included. Split first, and fit on the training rows only.
    return pipeline.fit(X, y)
