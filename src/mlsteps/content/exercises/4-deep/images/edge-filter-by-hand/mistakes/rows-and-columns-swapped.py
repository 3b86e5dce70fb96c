import torch


def correlate2d(image, kernel, padding=0):
    padded = torch.nn.functional.pad(image, (padding, padding, padding, padding))
    kh, kw = kernel.shape
    width = padded.shape[1] - kw + 1
    height = padded.shape[0] - kh + 1
    out = torch.zeros(width, height)
    for x in range(width):
        for y in range(height):
            out[x, y] = (padded[y : y + kh, x : x + kw] * kernel).sum()
    return out
