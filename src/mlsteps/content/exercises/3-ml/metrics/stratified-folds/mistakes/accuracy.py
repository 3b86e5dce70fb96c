from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, cross_val_score

MODEL = LogisticRegression(max_iter=1000, class_weight="balanced")


def recall_per_fold(X, y):
    folds = StratifiedKFold(5, shuffle=True, random_state=0)
    scores = cross_val_score(MODEL, X, y, cv=folds)
    return [round(float(score), 3) for score in scores]
