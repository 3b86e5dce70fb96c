from sklearn.ensemble import RandomForestClassifier
from sklearn.inspection import permutation_importance

MODEL = RandomForestClassifier(n_estimators=30, random_state=0)


def heldout_importance(X_train, y_train, X_test, y_test):
    """Each column's permutation importance on the test rows (n_repeats=10, random_state=0), rounded to 3."""
    model = MODEL.fit(X_train, y_train)
    result = permutation_importance(model, X_test, y_test, n_repeats=10, random_state=0)
    means = result.importances_mean
    return {column: round(float(value), 3) for column, value in zip(X_test.columns, means, strict=True)}
