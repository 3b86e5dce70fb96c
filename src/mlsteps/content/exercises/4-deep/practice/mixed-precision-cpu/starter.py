import torch
import torch.nn.functional as F


def mixed_precision_step(x, weight, bias, target):
    """One forward and backward pass with bfloat16 autocast on the CPU: (logits, loss, weight's gradient)."""
    weight = weight.clone().requires_grad_(True)
    logits = F.linear(x, weight, bias)  # ... in mixed precision
    loss = F.cross_entropy(logits, target)
    loss.backward()
    return logits.detach(), loss.detach(), weight.grad
