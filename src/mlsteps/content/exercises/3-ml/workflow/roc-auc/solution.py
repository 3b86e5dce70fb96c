from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score


def test_auc(X_train, X_test, y_train, y_test):
    """Train LogisticRegression(max_iter=1000) on the training part; return its ROC AUC on the test part."""
    model = LogisticRegression(max_iter=1000).fit(X_train, y_train)
    probability_of_1 = model.predict_proba(X_test)[:, 1]  # column 1: the probability of class 1
    return roc_auc_score(y_test, probability_of_1)
