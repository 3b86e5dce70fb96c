def predicted_labels(scores, labels):
    return scores.max(axis=1)
