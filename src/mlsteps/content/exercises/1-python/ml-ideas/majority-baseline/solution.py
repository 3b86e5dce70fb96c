from collections import Counter


def majority_baseline(train_labels, test_labels):
    """Return (the most common training label, smallest on ties; its accuracy on the test labels)."""
    if not train_labels:
        raise ValueError("no training labels to learn from")
    counts = Counter(train_labels)
    top = max(counts.values())
    label = min(name for name, count in counts.items() if count == top)
    hits = sum(1 for truth in test_labels if truth == label)
    return label, hits / len(test_labels)
