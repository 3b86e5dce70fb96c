from sklearn.model_selection import train_test_split
from sklearn.tree import DecisionTreeClassifier


def honest_score(X, y, seed):
    X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, random_state=seed, stratify=y)
    model = DecisionTreeClassifier(random_state=0).fit(X_train, y_train)
    return model.score(X_train, y_train)
