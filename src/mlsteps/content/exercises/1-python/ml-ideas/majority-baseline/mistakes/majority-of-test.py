from collections import Counter


def majority_baseline(train_labels, test_labels):
    if not train_labels:
        raise ValueError("empty")
    counts = Counter(test_labels)
    top = max(counts.values())
    label = min(name for name, count in counts.items() if count == top)
    return label, test_labels.count(label) / len(test_labels)
