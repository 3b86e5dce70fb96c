from sklearn.compose import ColumnTransformer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler


def fit_table_model(X_train, y_train, numeric, categorical):
    prepare = ColumnTransformer([("numbers", StandardScaler(), numeric)])
    pipeline = Pipeline([("prepare", prepare), ("model", LogisticRegression(max_iter=1000))])
    return pipeline.fit(X_train, y_train)
