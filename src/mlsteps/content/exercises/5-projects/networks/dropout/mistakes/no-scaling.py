import numpy as np


def dropout(x, p, training, noise):
    """Inverted dropout: drop the units whose noise is below p and scale up the others, only while training."""
    if not training:
        return x.copy()
    if p == 1:
        return np.zeros_like(x, dtype=float)
    keep = noise >= p
    return np.where(keep, x, 0.0)
