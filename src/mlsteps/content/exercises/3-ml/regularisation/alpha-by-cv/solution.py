from sklearn.linear_model import Ridge
from sklearn.model_selection import GridSearchCV, KFold
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler


def choose_alpha(X, y, alphas):
    """The alpha whose scaled Ridge has the best mean R² over KFold(5, shuffle=True, random_state=0)."""
    folds = KFold(5, shuffle=True, random_state=0)
    search = GridSearchCV(make_pipeline(StandardScaler(), Ridge()), {"ridge__alpha": alphas}, cv=folds)
    return search.fit(X, y).best_params_["ridge__alpha"]
