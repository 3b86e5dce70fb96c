import torch


def pixels_to_tensor(pixels):
    return torch.from_numpy(pixels) / 255
