import torch


def correlate2d(image, kernel, padding=0):
    """Slide `kernel` over `image` (padded with zeros), multiplying and adding, as conv2d does; by hand."""
    height, width = image.shape
    padded = torch.zeros(height + 2 * padding, width + 2 * padding)
    padded[padding : padding + height, padding : padding + width] = image  # zeros all around
    kh, kw = kernel.shape
    out = torch.zeros(padded.shape[0] - kh + 1, padded.shape[1] - kw + 1)
    for i in range(out.shape[0]):
        for j in range(out.shape[1]):
            out[i, j] = (padded[i : i + kh, j : j + kw] * kernel).sum()  # the kernel as it is, not flipped
    return out
