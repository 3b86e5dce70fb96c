import torch.nn.functional as F  # noqa: F401  (you will need it)


def two_losses(predictions, targets, logits, labels):
    """Return (mean squared error of the predictions, cross-entropy of the logits), as Python floats."""
    # Compute the two losses here, and turn each into a float with .item().
    return 0.0, 0.0
