import pandas as pd
from sklearn.model_selection import StratifiedKFold, learning_curve
from sklearn.tree import DecisionTreeClassifier

MODEL = DecisionTreeClassifier(max_depth=4, random_state=0)


def learning_table(X, y, sizes):
    folds = StratifiedKFold(5, shuffle=True, random_state=0)
    used, train, valid = learning_curve(MODEL, X, y, train_sizes=sizes, cv=folds)
    table = pd.DataFrame(
        {"train_size": used, "train_score": train.mean(axis=1).round(3), "valid_score": valid.mean(axis=1).round(3)}
    )
    table["gap"] = (table["valid_score"] - table["train_score"]).round(3)
    return table
