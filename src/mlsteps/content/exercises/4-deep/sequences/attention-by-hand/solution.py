import math

import torch


def attention(q, k, v, mask=None):
    """Scaled dot-product attention by hand: (output, weights), as scaled_dot_product_attention computes them."""
    scores = q @ k.transpose(-2, -1) / math.sqrt(q.shape[-1])  # (..., queries, keys)
    if mask is not None:
        scores = scores.masked_fill(~mask, float("-inf"))  # False: this query may not look at this key
    weights = torch.softmax(scores, dim=-1)  # over the keys: each query's weights add up to 1
    return weights @ v, weights
