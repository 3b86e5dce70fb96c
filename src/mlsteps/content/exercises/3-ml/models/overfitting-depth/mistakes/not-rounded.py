from sklearn.tree import DecisionTreeClassifier


def depth_scores(X_train, y_train, X_test, y_test, depths):
    scores = {}
    for depth in depths:
        tree = DecisionTreeClassifier(max_depth=depth, random_state=0).fit(X_train, y_train)
        scores[depth] = (tree.score(X_train, y_train), tree.score(X_test, y_test))
    return scores
