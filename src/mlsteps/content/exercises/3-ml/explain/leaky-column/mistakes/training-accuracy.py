from sklearn.tree import DecisionTreeClassifier

MODEL = DecisionTreeClassifier(random_state=0)


def find_leaks(table, target):
    flagged = []
    for column in table.columns:
        score = MODEL.fit(table[[column]], target).score(table[[column]], target)
        if round(float(score), 3) >= 0.95:
            flagged.append(column)
    return sorted(flagged)
