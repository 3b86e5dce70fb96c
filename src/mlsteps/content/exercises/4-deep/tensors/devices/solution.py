import torch


def to_device(x):
    """Return (x on the best device, that device's name): "cuda" when a GPU is available, else "cpu"."""
    device = "cuda" if torch.cuda.is_available() else "cpu"
    return x.to(device), device
