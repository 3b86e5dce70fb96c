import pandas as pd
from sklearn.feature_selection import mutual_info_regression


def most_informative(X, y, k):
    scores = pd.Series(mutual_info_regression(X, y, random_state=0), index=X.columns)
    return scores.sort_values(ascending=False).index[:k].tolist()[::-1]
