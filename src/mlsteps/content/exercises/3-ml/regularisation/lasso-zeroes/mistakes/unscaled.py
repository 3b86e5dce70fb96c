from sklearn.linear_model import Lasso


def lasso_keeps(X, y, alpha):
    weights = Lasso(alpha=alpha).fit(X, y).coef_
    return X.columns[weights != 0].tolist()
