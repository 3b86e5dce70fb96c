import pandas as pd
from sklearn.model_selection import learning_curve
from sklearn.tree import DecisionTreeClassifier

MODEL = DecisionTreeClassifier(max_depth=4, random_state=0)


def learning_table(X, y, sizes):
    used, train, valid = learning_curve(MODEL, X, y, train_sizes=sizes, cv=5)
    table = pd.DataFrame(
        {"train_size": used, "train_score": train.mean(axis=1).round(3), "valid_score": valid.mean(axis=1).round(3)}
    )
    table["gap"] = (table["train_score"] - table["valid_score"]).round(3)
    return table
