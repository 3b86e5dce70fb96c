def predicted_labels(scores, labels):
    return scores.argmax(axis=1)
