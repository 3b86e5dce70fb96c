import numpy as np
from sklearn.tree import DecisionTreeClassifier


def cv_scores(X, y):
    model = DecisionTreeClassifier(max_depth=3, random_state=0).fit(X, y)
    score = model.score(X, y)
    return np.array([score]), score
