from sklearn.ensemble import RandomForestClassifier
from sklearn.inspection import permutation_importance  # noqa: F401  (you will need it)

MODEL = RandomForestClassifier(n_estimators=30, random_state=0)


def heldout_importance(X_train, y_train, X_test, y_test):
    """Each column's permutation importance on the test rows (n_repeats=10, random_state=0), rounded to 3."""
    # Every column equally important: nothing measured yet.
    return {column: 0.0 for column in X_train.columns}
