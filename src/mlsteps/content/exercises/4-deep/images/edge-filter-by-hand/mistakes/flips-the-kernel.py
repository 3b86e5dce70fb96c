import torch


def correlate2d(image, kernel, padding=0):
    kernel = torch.flip(kernel, dims=(0, 1))
    padded = torch.nn.functional.pad(image, (padding, padding, padding, padding))
    kh, kw = kernel.shape
    out = torch.zeros(padded.shape[0] - kh + 1, padded.shape[1] - kw + 1)
    for i in range(out.shape[0]):
        for j in range(out.shape[1]):
            out[i, j] = (padded[i : i + kh, j : j + kw] * kernel).sum()
    return out
