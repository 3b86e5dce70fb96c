import math

import torch


def attention(q, k, v, mask=None):
    """Scaled dot-product attention by hand: (output, weights), as scaled_dot_product_attention computes them."""
    scores = q @ k.transpose(-2, -1)
    # ... scale, mask, softmax
    weights = scores
    return weights @ v, weights
