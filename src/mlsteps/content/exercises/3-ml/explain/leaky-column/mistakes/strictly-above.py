from sklearn.model_selection import KFold, cross_val_score
from sklearn.tree import DecisionTreeClassifier

MODEL = DecisionTreeClassifier(random_state=0)
FOLDS = KFold(5, shuffle=True, random_state=0)


def find_leaks(table, target):
    flagged = []
    for column in table.columns:
        score = round(float(cross_val_score(MODEL, table[[column]], target, cv=FOLDS).mean()), 3)
        if score > 0.95:
            flagged.append(column)
    return sorted(flagged)
