import torch


def to_device(x):
    gpu = torch.cuda.is_available()
    device = "cuda" if gpu else "cpu"
    return x.to(device), gpu
