from sklearn.model_selection import train_test_split
from sklearn.tree import DecisionTreeClassifier


def honest_score(X, y, seed):
    model = DecisionTreeClassifier(random_state=0).fit(X, y)
    X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, random_state=seed, stratify=y)
    return model.score(X_test, y_test)
