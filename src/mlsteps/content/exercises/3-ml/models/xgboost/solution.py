from xgboost import XGBClassifier


def train_xgboost(X_train, y_train):
    """Return an XGBoost classifier (100 trees of depth 3, one thread) trained on (X_train, y_train)."""
    model = XGBClassifier(n_estimators=100, max_depth=3, learning_rate=0.1, n_jobs=1)
    return model.fit(X_train, y_train)
