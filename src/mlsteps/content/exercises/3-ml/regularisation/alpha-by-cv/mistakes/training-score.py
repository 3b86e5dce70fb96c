from sklearn.linear_model import Ridge
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler


def choose_alpha(X, y, alphas):
    scores = [make_pipeline(StandardScaler(), Ridge(alpha=alpha)).fit(X, y).score(X, y) for alpha in alphas]
    return alphas[scores.index(max(scores))]
