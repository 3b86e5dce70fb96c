from sklearn.model_selection import KFold, cross_val_score
from sklearn.neighbors import KNeighborsClassifier

MODEL = KNeighborsClassifier(n_neighbors=3)


def patient_cv_accuracy(X, y, patients):
    scores = cross_val_score(MODEL, X, y, cv=KFold(5, shuffle=True, random_state=0))
    return round(float(scores.mean()), 3)
