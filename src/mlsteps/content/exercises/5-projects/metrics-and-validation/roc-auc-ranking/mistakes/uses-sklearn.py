from sklearn.metrics import roc_auc_score


def roc_auc(y_true, scores):
    return roc_auc_score(y_true, scores)
