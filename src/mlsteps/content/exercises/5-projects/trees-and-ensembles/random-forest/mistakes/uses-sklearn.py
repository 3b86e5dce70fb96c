import numpy as np
from sklearn.tree import DecisionTreeClassifier


def forest_predict(X_train, y_train, X_new, samples, features, max_depth):
    votes = []
    for rows, columns in zip(samples, features):
        tree = DecisionTreeClassifier(max_depth=max_depth).fit(X_train[rows][:, columns], y_train[rows])
        votes.append(tree.predict(X_new[:, columns]))
    votes = np.array(votes)
    return np.array([np.bincount(column).argmax() for column in votes.T])
