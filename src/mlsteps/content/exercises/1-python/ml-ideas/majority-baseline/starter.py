def majority_baseline(train_labels, test_labels):
    """Return (the most common training label, smallest on ties; its accuracy on the test labels)."""
    label = None
    accuracy = 0.0
    # Choose the label on the training labels, then score it on the test labels.
    return label, accuracy
