import torch


def shift(images, dx, dy):
    return torch.roll(images, shifts=(dy, dx), dims=(-2, -1))
