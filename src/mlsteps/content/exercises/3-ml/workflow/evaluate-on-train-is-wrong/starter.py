from sklearn.model_selection import train_test_split  # noqa: F401  (you will need it)
from sklearn.tree import DecisionTreeClassifier


def honest_score(X, y, seed):
    """Split (25% test, random_state=seed, stratify=y), train on the training part, return the test accuracy."""
    model = DecisionTreeClassifier(random_state=0)
    # Split first, fit on the training part only, and score on the test part.
    return None
