from sklearn.model_selection import KFold, cross_val_score  # noqa: F401  (you will need them)
from sklearn.tree import DecisionTreeClassifier

MODEL = DecisionTreeClassifier(random_state=0)
FOLDS = KFold(5, shuffle=True, random_state=0)


def find_leaks(table, target):
    """The columns that alone reach a cross-validated accuracy of at least 0.95 (rounded to 3), sorted."""
    # Nothing flagged yet: no column has been tested.
    return []
