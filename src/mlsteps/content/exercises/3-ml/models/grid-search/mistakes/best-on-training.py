from sklearn.tree import DecisionTreeClassifier


def tune_tree(X_train, y_train):
    # Keep the settings that score best on the rows the tree learns from.
    best, best_score = None, -1.0
    for depth in [2, 3, 5, 8, None]:
        for leaf in [1, 5, 20]:
            tree = DecisionTreeClassifier(max_depth=depth, min_samples_leaf=leaf, random_state=0).fit(X_train, y_train)
            score = tree.score(X_train, y_train)
            if score > best_score:
                best, best_score = tree, score
    return best
