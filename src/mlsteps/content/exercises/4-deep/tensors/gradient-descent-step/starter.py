import torch  # noqa: F401  (you will need it)


def descent_step(X, y, w, lr):
    """Return the weights after one gradient-descent step on ((X @ w - y) ** 2).mean(); `w` must not change."""
    # Compute the loss, call backward, then make the new weights inside torch.no_grad().
    return None
