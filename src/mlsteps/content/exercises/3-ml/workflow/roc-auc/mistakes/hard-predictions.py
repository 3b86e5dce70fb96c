from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score


def test_auc(X_train, X_test, y_train, y_test):
    model = LogisticRegression(max_iter=1000).fit(X_train, y_train)
    return roc_auc_score(y_test, model.predict(X_test))
