def majority_baseline(train_labels, test_labels):
    counts = {}
    for name in train_labels:
        counts[name] = counts.get(name, 0) + 1
    best = None
    for name in sorted(counts):
        if best is None or counts[name] > counts[best]:
            best = name
    return best, test_labels.count(best) / len(test_labels)
