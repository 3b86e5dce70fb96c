from sklearn.model_selection import KFold, cross_val_score
from sklearn.tree import DecisionTreeClassifier

MODEL = DecisionTreeClassifier(random_state=0)
FOLDS = KFold(5, shuffle=True, random_state=0)


def find_leaks(table, target):
    scores = {}
    for column in table.columns:
        scores[column] = round(float(cross_val_score(MODEL, table[[column]], target, cv=FOLDS).mean()), 3)
    return [column for column in sorted(scores, key=scores.get, reverse=True) if scores[column] >= 0.95]
