from sklearn.tree import DecisionTreeClassifier

GRID = {"max_depth": [2, 3, 5, 8, None], "min_samples_leaf": [1, 5, 20]}


def best_tree_settings(X, y):
    best, best_score = None, -1.0
    for depth in GRID["max_depth"]:
        for leaf in GRID["min_samples_leaf"]:
            tree = DecisionTreeClassifier(max_depth=depth, min_samples_leaf=leaf, random_state=0)
            tree.fit(X, y)
            score = tree.score(X, y)
            if score > best_score:
                best, best_score = {"max_depth": depth, "min_samples_leaf": leaf}, score
    return best
