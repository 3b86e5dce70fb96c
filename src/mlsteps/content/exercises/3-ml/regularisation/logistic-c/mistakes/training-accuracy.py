from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler


def make_model(c):
    return make_pipeline(StandardScaler(), LogisticRegression(C=c, max_iter=1000))


def best_c(X_train, y_train, X_valid, y_valid, cs):
    best, best_score = None, -1.0
    for c in sorted(cs):
        score = make_model(c).fit(X_train, y_train).score(X_train, y_train)
        if score > best_score:
            best, best_score = c, score
    return best
