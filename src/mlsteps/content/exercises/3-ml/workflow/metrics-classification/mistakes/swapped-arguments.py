from sklearn.metrics import accuracy_score, f1_score, precision_score, recall_score


def classification_scores(y_true, y_pred):
    return {
        "accuracy": round(accuracy_score(y_pred, y_true), 3),
        "precision": round(precision_score(y_pred, y_true, zero_division=0), 3),
        "recall": round(recall_score(y_pred, y_true, zero_division=0), 3),
        "f1": round(f1_score(y_pred, y_true, zero_division=0), 3),
    }
