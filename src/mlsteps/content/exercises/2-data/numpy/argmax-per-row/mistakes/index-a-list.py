def predicted_labels(scores, labels):
    best = scores.argmax(axis=1)
    return labels[best]
