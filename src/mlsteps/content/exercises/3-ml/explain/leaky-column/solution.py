from sklearn.model_selection import KFold, cross_val_score
from sklearn.tree import DecisionTreeClassifier

MODEL = DecisionTreeClassifier(random_state=0)
FOLDS = KFold(5, shuffle=True, random_state=0)


def find_leaks(table, target):
    """The columns that alone reach a cross-validated accuracy of at least 0.95 (rounded to 3), sorted."""
    flagged = []
    for column in table.columns:
        score = cross_val_score(MODEL, table[[column]], target, cv=FOLDS).mean()
        if round(float(score), 3) >= 0.95:
            flagged.append(column)
    return sorted(flagged)
