from sklearn.model_selection import KFold, cross_val_score
from sklearn.tree import DecisionTreeClassifier


def cv_scores(X, y):
    model = DecisionTreeClassifier(max_depth=3, random_state=0)
    scores = cross_val_score(model, X, y, cv=KFold(n_splits=5, shuffle=True, random_state=0))
    return scores, scores.mean()
