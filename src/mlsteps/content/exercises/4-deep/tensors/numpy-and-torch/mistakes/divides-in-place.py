import torch


def pixels_to_tensor(pixels):
    tensor = torch.from_numpy(pixels).float()
    tensor /= 255
    return tensor
