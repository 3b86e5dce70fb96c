import numpy as np


def dropout(x, p, training, noise):
    """Inverted dropout: drop the units whose noise is below p and scale up the others, only while training."""
    if not training:
        return x.copy()
    keep = noise >= p
    return x * keep / (1 - p)
