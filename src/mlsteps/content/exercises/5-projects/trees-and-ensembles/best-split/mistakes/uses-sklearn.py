import numpy as np
from sklearn.tree import DecisionTreeClassifier


def best_split(X, y):
    stump = DecisionTreeClassifier(max_depth=1).fit(X, y)
    tree = stump.tree_
    if tree.node_count == 1:
        return None
    n = len(y)
    left, right = tree.children_left[0], tree.children_right[0]
    score = (tree.n_node_samples[left] * tree.impurity[left] + tree.n_node_samples[right] * tree.impurity[right]) / n
    return (int(tree.feature[0]), float(tree.threshold[0]), float(score))
