from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler


def fit_pipeline(X_train, y_train):
    steps = make_pipeline(SimpleImputer(strategy="median"), StandardScaler(), LogisticRegression())
    return steps.fit(X_train, y_train)
