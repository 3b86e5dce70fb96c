import torch


def conv2d(images, weights, bias, stride, padding):
    tensors = [torch.from_numpy(array) for array in (images, weights, bias)]
    return torch.nn.functional.conv2d(*tensors, stride=stride, padding=padding).numpy()
