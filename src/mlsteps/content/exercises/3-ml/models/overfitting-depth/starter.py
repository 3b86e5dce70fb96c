from sklearn.tree import DecisionTreeClassifier  # noqa: F401  (you will need it)


def depth_scores(X_train, y_train, X_test, y_test, depths):
    """For each depth, the (training accuracy, test accuracy) of a tree of that depth, rounded to 3."""
    scores = {}
    for depth in depths:
        # Train a tree with this max_depth, then score it on the training rows and on the test rows.
        scores[depth] = (0.0, 0.0)
    return scores
