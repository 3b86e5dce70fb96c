from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler


def fit_scaled_model(X, y, seed):
    """Split (25% test, random_state=seed), then fit scaler + model on the training part only."""
    X_train, _X_test, y_train, _y_test = train_test_split(X, y, test_size=0.25, random_state=seed)
    pipeline = Pipeline([("scale", StandardScaler()), ("model", LogisticRegression(max_iter=5000))])
    return pipeline.fit(X_train, y_train)
