import numpy as np
from sklearn.tree import DecisionTreeClassifier


def gini(labels):
    if len(labels) == 0:
        return 0.0
    tree = DecisionTreeClassifier(max_depth=1).fit(np.zeros((len(labels), 1)), labels)
    return tree.tree_.impurity[0]
