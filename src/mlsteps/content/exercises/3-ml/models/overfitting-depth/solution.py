from sklearn.tree import DecisionTreeClassifier


def depth_scores(X_train, y_train, X_test, y_test, depths):
    """For each depth, the (training accuracy, test accuracy) of a tree of that depth, rounded to 3."""
    scores = {}
    for depth in depths:
        tree = DecisionTreeClassifier(max_depth=depth, random_state=0).fit(X_train, y_train)
        scores[depth] = (round(tree.score(X_train, y_train), 3), round(tree.score(X_test, y_test), 3))
    return scores
