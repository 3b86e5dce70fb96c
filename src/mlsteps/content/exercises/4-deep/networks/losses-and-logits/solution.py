import torch.nn.functional as F


def two_losses(predictions, targets, logits, labels):
    """Return (mean squared error of the predictions, cross-entropy of the logits), as Python floats."""
    mse = F.mse_loss(predictions.squeeze(1), targets)  # (n, 1) -> (n,), the shape of targets
    cross_entropy = F.cross_entropy(logits, labels)  # raw logits in: it applies softmax itself
    return mse.item(), cross_entropy.item()
