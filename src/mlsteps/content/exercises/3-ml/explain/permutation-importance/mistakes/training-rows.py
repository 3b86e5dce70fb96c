from sklearn.ensemble import RandomForestClassifier
from sklearn.inspection import permutation_importance

MODEL = RandomForestClassifier(n_estimators=30, random_state=0)


def heldout_importance(X_train, y_train, X_test, y_test):
    model = MODEL.fit(X_train, y_train)
    result = permutation_importance(model, X_train, y_train, n_repeats=10, random_state=0)
    return {column: round(float(value), 3) for column, value in zip(X_train.columns, result.importances_mean)}
