from collections import Counter


def majority_baseline(train_labels, test_labels):
    if not train_labels:
        raise ValueError("empty")
    label = Counter(train_labels).most_common(1)[0][0]
    return label, test_labels.count(label) / len(test_labels)
