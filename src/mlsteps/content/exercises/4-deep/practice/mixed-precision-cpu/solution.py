import torch
import torch.nn.functional as F


def mixed_precision_step(x, weight, bias, target):
    """One forward and backward pass with bfloat16 autocast on the CPU: (logits, loss, weight's gradient)."""
    weight = weight.clone().requires_grad_(True)  # the weights stay float32
    with torch.autocast(device_type="cpu", dtype=torch.bfloat16):
        logits = F.linear(x, weight, bias)  # on autocast's list: computed in bfloat16
        loss = F.cross_entropy(logits, target)  # on its float32 list: computed in float32
    loss.backward()
    return logits.detach(), loss.detach(), weight.grad
