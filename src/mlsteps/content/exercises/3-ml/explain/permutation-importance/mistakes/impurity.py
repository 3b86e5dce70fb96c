from sklearn.ensemble import RandomForestClassifier

MODEL = RandomForestClassifier(n_estimators=30, random_state=0)


def heldout_importance(X_train, y_train, X_test, y_test):
    model = MODEL.fit(X_train, y_train)
    return {column: round(float(value), 3) for column, value in zip(X_train.columns, model.feature_importances_)}
