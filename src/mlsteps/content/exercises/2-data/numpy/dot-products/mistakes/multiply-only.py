def weighted_scores(marks, weights):
    return marks * weights
