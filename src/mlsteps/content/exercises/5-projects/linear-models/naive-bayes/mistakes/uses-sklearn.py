from sklearn.naive_bayes import GaussianNB


def gnb_predict(X_train, y_train, X_new):
    return GaussianNB().fit(X_train, y_train).predict(X_new)
